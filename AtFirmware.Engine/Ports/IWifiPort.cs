namespace EspAtNano.Engine
{
    /// <summary>
    /// The Wi-Fi station (SPEC §5). Join blocks for at most its timeout and never throws;
    /// spontaneous changes (the AP going away, the station coming back) arrive on the listener.
    /// </summary>
    public interface IWifiPort
    {
        void SetListener(IWifiListener listener);

        /// <summary>0 when joined with an IP address, else the +CWJAP code: 1 timeout, 2 wrong password, 3 AP not found, 4 failed.</summary>
        int Join(byte[] ssid, byte[] password, int timeoutMs);

        void Leave();

        /// <summary>The AP the station is joined to, or null.</summary>
        WifiStationInfo Current { get; }
    }
}
