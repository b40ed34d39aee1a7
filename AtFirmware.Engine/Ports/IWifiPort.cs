namespace EspAtNano.Engine.Ports
{
    /// <summary>
    /// The Wi-Fi station (docs/commands/wifi-and-time.md). Join blocks for at most its timeout and never throws;
    /// spontaneous changes (the AP going away, the station coming back) arrive on the listener.
    /// </summary>
    public interface IWifiPort
    {
        void SetListener(IWifiListener listener);

        /// <summary>Joined (with an IP address), or why not.</summary>
        JoinResult Join(byte[] ssid, byte[] password, int timeoutMs);

        void Leave();

        /// <summary>The AP the station is joined to, or null.</summary>
        WifiStationInfo Current { get; }
    }
}
