using System;
using System.Device.Wifi;
using System.Net.NetworkInformation;
using System.Threading;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// IWifiPort on System.Device.Wifi. Join calls WifiAdapter.Connect directly (not the
    /// WifiNetworkHelper, which ignores the connect result and waits forever by default): the
    /// result gives the +CWJAP reason, and the whole join, association and DHCP, is bounded by
    /// the caller's timeout. Station events come from NetworkChange: availability is the
    /// association (WIFI CONNECTED / WIFI DISCONNECT), an address change with an IPv4 address
    /// is WIFI GOT IP; the engine decides what the host is told.
    /// </summary>
    public sealed class WifiStationPort : IWifiPort
    {
        private const int AddressPollMs = 200;

        /// <summary>The engine's station info has no source for these on nanoFramework (no API for the joined AP's BSSID, channel or RSSI).</summary>
        private const string UnknownBssid = "00:00:00:00:00:00";

        private readonly object _sync = new object();
        private readonly ILog _log;
        private IWifiListener _listener;
        private WifiAdapter _adapter;
        private bool _associated;
        private byte[] _ssid;

        public WifiStationPort(ILog log)
        {
            _log = log;
            // The firmware may already have joined from a stored configuration before this ran.
            _associated = HasAddress(FindStation());
            NetworkChange.NetworkAvailabilityChanged += OnAvailabilityChanged;
            NetworkChange.NetworkAddressChanged += OnAddressChanged;
        }

        public void SetListener(IWifiListener listener)
        {
            _listener = listener;
        }

        public JoinResult Join(byte[] ssid, byte[] password, int timeoutMs)
        {
            try
            {
                WifiAdapter adapter = Adapter();
                if (adapter == null)
                {
                    return new JoinResult(JoinOutcome.Failed, "this firmware has no Wi-Fi adapter");
                }
                Deadline deadline = new Deadline(timeoutMs);
                EnsureDhcp();
                JoinCall call = new JoinCall(adapter, Utf8.Decode(ssid), Utf8.Decode(password));
                int status = call.Run(deadline.RemainingMs);
                if (status != (int)WifiConnectionStatus.Success)
                {
                    return ToJoinResult(status, call.Error);
                }
                // Success means associated; the host is told OK only with an address.
                while (!HasAddress(FindStation()))
                {
                    if (deadline.Passed)
                    {
                        return new JoinResult(JoinOutcome.Timeout, "associated, but no IP address within " + timeoutMs.ToString() + " ms");
                    }
                    Thread.Sleep(AddressPollMs);
                }
                lock (_sync)
                {
                    _associated = true;
                    _ssid = ssid;
                }
                return JoinResult.Success;
            }
            catch (Exception e)
            {
                return new JoinResult(JoinOutcome.Failed, Failure.Describe(e));
            }
        }

        public void Leave()
        {
            try
            {
                lock (_sync)
                {
                    _associated = false;
                    _ssid = null;
                }
                WifiAdapter adapter = Adapter();
                if (adapter != null)
                {
                    adapter.Disconnect();
                }
            }
            catch (Exception e)
            {
                _log.Write("wifi: leave failed: " + Failure.Describe(e));
            }
        }

        public WifiStationInfo Current
        {
            get
            {
                try
                {
                    byte[] ssid;
                    lock (_sync)
                    {
                        if (!_associated)
                        {
                            return null;
                        }
                        ssid = _ssid;
                    }
                    if (!HasAddress(FindStation()))
                    {
                        return null;
                    }
                    WifiStationInfo info = new WifiStationInfo();
                    info.Ssid = ssid != null ? ssid : StoredSsid();
                    info.Bssid = UnknownBssid;
                    info.Channel = 0;
                    info.Rssi = 0;
                    return info;
                }
                catch (Exception e)
                {
                    _log.Write("wifi: station info failed: " + Failure.Describe(e));
                    return null;
                }
            }
        }

        /// <summary>The +CWJAP reason for WifiAdapter.Connect's status (or JoinCall.TimedOut); <paramref name="error"/> is what Connect threw, if it did.</summary>
        private static JoinResult ToJoinResult(int status, string error)
        {
            if (status == JoinCall.TimedOut)
            {
                return new JoinResult(JoinOutcome.Timeout, "WifiAdapter.Connect did not return in time");
            }
            if (status == (int)WifiConnectionStatus.Timeout)
            {
                return new JoinResult(JoinOutcome.Timeout, "the association timed out");
            }
            if (status == (int)WifiConnectionStatus.InvalidCredential)
            {
                return new JoinResult(JoinOutcome.WrongPassword, "the AP refused the password");
            }
            if (status == (int)WifiConnectionStatus.NetworkNotAvailable)
            {
                return new JoinResult(JoinOutcome.ApNotFound, "no AP with this SSID");
            }
            if (error != null)
            {
                return new JoinResult(JoinOutcome.Failed, error);
            }
            // Enum.ToString() gives only the number on nanoFramework.
            return new JoinResult(JoinOutcome.Failed, "WifiConnectionStatus " + status.ToString());
        }

        /// <summary>The one adapter, kept: FindAllAdapters builds new native-backed objects on every call.</summary>
        private WifiAdapter Adapter()
        {
            lock (_sync)
            {
                if (_adapter == null)
                {
                    WifiAdapter[] adapters = WifiAdapter.FindAllAdapters();
                    if (adapters == null || adapters.Length == 0)
                    {
                        _log.Write("wifi: this firmware has no Wi-Fi adapter");
                        return null;
                    }
                    _adapter = adapters[0];
                }
                return _adapter;
            }
        }

        private void OnAvailabilityChanged(object sender, NetworkAvailabilityEventArgs e)
        {
            try
            {
                lock (_sync)
                {
                    _associated = e.IsAvailable;
                }
                IWifiListener listener = _listener;
                if (listener == null)
                {
                    return;
                }
                if (e.IsAvailable)
                {
                    listener.OnWifiConnected();
                }
                else
                {
                    listener.OnWifiDisconnected();
                }
            }
            catch (Exception ex)
            {
                _log.Write("wifi: availability event: " + Failure.Describe(ex));
            }
        }

        private void OnAddressChanged(object sender, EventArgs e)
        {
            try
            {
                IWifiListener listener = _listener;
                if (listener != null && HasAddress(FindStation()))
                {
                    listener.OnWifiGotIp();
                }
            }
            catch (Exception ex)
            {
                _log.Write("wifi: address event: " + Failure.Describe(ex));
            }
        }

        /// <summary>ESP-AT's station takes its address by DHCP; a static address left in the stored configuration would never say GOT IP.</summary>
        private void EnsureDhcp()
        {
            try
            {
                NetworkInterface station = FindStation();
                if (station != null && !station.IsDhcpEnabled)
                {
                    station.EnableDhcp();
                }
            }
            catch (Exception e)
            {
                _log.Write("wifi: cannot enable DHCP: " + Failure.Describe(e));
            }
        }

        private static NetworkInterface FindStation()
        {
            NetworkInterface[] all = NetworkInterface.GetAllNetworkInterfaces();
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i].NetworkInterfaceType == NetworkInterfaceType.Wireless80211)
                {
                    return all[i];
                }
            }
            return null;
        }

        /// <summary>"No address" reads as 0.0.0.0 on nanoFramework.</summary>
        private static bool HasAddress(NetworkInterface station)
        {
            if (station == null)
            {
                return false;
            }
            string address = station.IPv4Address;
            return address != null && address.Length > 0 && address[0] != '0';
        }

        /// <summary>The SSID the firmware joined on its own at boot (from its stored Wi-Fi configuration).</summary>
        private static byte[] StoredSsid()
        {
            Wireless80211Configuration[] configs = Wireless80211Configuration.GetAllWireless80211Configurations();
            if (configs != null && configs.Length > 0 && configs[0].Ssid != null)
            {
                return Utf8.Encode(configs[0].Ssid);
            }
            return new byte[0];
        }

        /// <summary>
        /// WifiAdapter.Connect on its own thread: the native call waits up to 20 s whatever the
        /// host asked, so the caller waits only for its own timeout. A call that outlives it
        /// finishes in the background; the adapter serialises connects itself.
        /// </summary>
        private sealed class JoinCall
        {
            public const int TimedOut = -1;

            private readonly WifiAdapter _adapter;
            private readonly string _ssid;
            private readonly string _password;
            private readonly ManualResetEvent _done = new ManualResetEvent(false);
            private int _status = (int)WifiConnectionStatus.UnspecifiedFailure;
            private string _error;

            public JoinCall(WifiAdapter adapter, string ssid, string password)
            {
                _adapter = adapter;
                _ssid = ssid;
                _password = password;
            }

            /// <summary>What Connect threw, or null; read after Run returned a status.</summary>
            public string Error
            {
                get { return _error; }
            }

            /// <summary>The WifiConnectionStatus as an int, or TimedOut.</summary>
            public int Run(int timeoutMs)
            {
                new Thread(Connect).Start();
                if (!_done.WaitOne(timeoutMs, false))
                {
                    return TimedOut;
                }
                return _status;
            }

            private void Connect()
            {
                try
                {
                    // Automatic is ESP-AT's behaviour (re-join after the AP drops). The ESP32 firmware's connect
                    // code derives its auto-connect option from the stored Wi-Fi configuration rather than from
                    // this value, so whether it re-joins is up to that configuration (see README.md, The ESP32 firmware).
                    WifiConnectionResult result = _adapter.Connect(_ssid, WifiReconnectionKind.Automatic, _password);
                    _status = (int)result.ConnectionStatus;
                }
                catch (Exception e)
                {
                    _error = Failure.Describe(e);
                }
                _done.Set();
            }
        }
    }
}
