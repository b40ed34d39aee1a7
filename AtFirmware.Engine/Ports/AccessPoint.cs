namespace EspAtNano.Engine.Ports
{
    /// <summary>One AP a scan found, with AT+CWLAP's fields (docs/commands/wifi-and-time.md).</summary>
    public sealed class AccessPoint
    {
        /// <summary>AT+CWLAP's &lt;ecn&gt;: 0 OPEN, 1 WEP, 2 WPA_PSK, 3 WPA2_PSK, 4 WPA_WPA2_PSK, 5 WPA2_ENTERPRISE, 6 WPA3_PSK ...</summary>
        public int Ecn;
        public byte[] Ssid;
        /// <summary>dBm.</summary>
        public int Rssi;
        /// <summary>"aa:bb:cc:dd:ee:ff" in lower case.</summary>
        public string Bssid;
        public int Channel;
        /// <summary>0 None, 1 WEP40, 2 WEP104, 3 TKIP, 4 CCMP, 5 TKIP and CCMP, 6 AES-CMAC-128, 7 Unknown.</summary>
        public int PairwiseCipher;
        public int GroupCipher;
        /// <summary>Bit 0 802.11b, bit 1 802.11g, bit 2 802.11n.</summary>
        public int Protocols;
        public bool Wps;
    }
}
