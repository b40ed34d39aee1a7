namespace EspAtNano.Engine.Ports
{
    /// <summary>What AT+CWJAP? reports about the joined AP.</summary>
    public sealed class WifiStationInfo
    {
        public byte[] Ssid;
        /// <summary>"aa:bb:cc:dd:ee:ff".</summary>
        public string Bssid;
        public int Channel;
        public int Rssi;
    }
}
