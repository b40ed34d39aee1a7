using System;
using System.Device.Wifi;
using System.Threading;
using EspAtNano.Engine.Device;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// One AT+CWLAP scan on System.Device.Wifi: WifiAdapter.ScanAsync, then the AvailableNetworksChanged event, then
    /// NetworkReport. nanoFramework's report has only the SSID, BSSID and RSSI (its parser reads the auth mode and
    /// cipher but drops them, and there is no channel), so the other fields carry ESP-AT's "none"/"unknown" values:
    /// ecn 0, channel 0, cipher 7 (Unknown), protocols 0, no WPS (docs/deviations.md).
    /// </summary>
    internal sealed class WifiScan
    {
        private const int CipherUnknown = 7;

        private readonly WifiAdapter _adapter;
        private readonly AutoResetEvent _done = new AutoResetEvent(false);

        internal WifiScan(WifiAdapter adapter)
        {
            _adapter = adapter;
        }

        internal ScanResult Run(int timeoutMs)
        {
            _adapter.AvailableNetworksChanged += OnDone;
            try
            {
                _adapter.ScanAsync();
                if (!_done.WaitOne(timeoutMs, false))
                {
                    return ScanResult.Failed("the scan did not finish in time");
                }
                WifiAvailableNetwork[] found = _adapter.NetworkReport.AvailableNetworks;
                AccessPoint[] aps = new AccessPoint[found.Length];
                for (int i = 0; i < found.Length; i++)
                {
                    aps[i] = ToAccessPoint(found[i]);
                }
                return ScanResult.Found(aps);
            }
            catch (Exception e)
            {
                return ScanResult.Failed(Failure.Describe(e));
            }
            finally
            {
                _adapter.AvailableNetworksChanged -= OnDone;
            }
        }

        private void OnDone(WifiAdapter sender, object e)
        {
            _done.Set();
        }

        private static AccessPoint ToAccessPoint(WifiAvailableNetwork network)
        {
            AccessPoint ap = new AccessPoint();
            ap.Ssid = Utf8.Encode(network.Ssid);
            ap.Rssi = (int)network.NetworkRssiInDecibelMilliwatts;
            ap.Bssid = MacText.FromDashed(network.Bsid);
            ap.PairwiseCipher = CipherUnknown;
            ap.GroupCipher = CipherUnknown;
            return ap;
        }
    }
}
