namespace EspAtNano.Engine.Link
{
    /// <summary>What USERCFG, CONNCFG, ALPN, SNI and CONN stored; private to MqttLink, which alone changes it. MQTTCLEAN forgets it all.</summary>
    internal sealed class LinkConfig
    {
        public const int DefaultKeepAliveSeconds = 120;
        public const int DefaultTimeoutMs = 15000;

        private static readonly byte[] Empty = new byte[0];

        public int Scheme;
        public byte[] ClientId;
        public byte[] Username;
        public byte[] Password;
        public int CertKeyId;
        public int CaId;
        public byte[] Path;

        public int KeepAliveSeconds;
        public bool DisableCleanSession;
        public byte[] WillTopic;
        public byte[] WillMessage;
        public int WillQos;
        public bool WillRetain;

        public byte[][] Alpn;
        public byte[] ServerName;

        public string Host;
        public int Port;
        public bool Reconnect;
        public int ConnectTimeoutMs;

        public LinkConfig()
        {
            Clear();
        }

        public void Clear()
        {
            Scheme = 0;
            ClientId = Empty;
            Username = Empty;
            Password = Empty;
            CertKeyId = 0;
            CaId = 0;
            Path = Empty;
            KeepAliveSeconds = DefaultKeepAliveSeconds;
            DisableCleanSession = false;
            WillTopic = Empty;
            WillMessage = Empty;
            WillQos = 0;
            WillRetain = false;
            Alpn = new byte[0][];
            ServerName = Empty;
            Host = "";
            Port = 0;
            Reconnect = false;
            ConnectTimeoutMs = DefaultTimeoutMs;
        }

        /// <summary>A copy for a connect attempt, which reads it outside the link's lock (the arrays are never changed in place).</summary>
        public LinkConfig Copy()
        {
            return (LinkConfig)MemberwiseClone();
        }

        /// <summary>The path as queries and URCs show it: "" for TCP/TLS, starting with '/' for ws/wss.</summary>
        public byte[] ShownPath()
        {
            if (!SchemeKind.IsWebSocket(Scheme))
            {
                return Empty;
            }
            if (Path.Length > 0 && Path[0] == '/')
            {
                return Path;
            }
            byte[] rooted = new byte[Path.Length + 1];
            rooted[0] = (byte)'/';
            System.Array.Copy(Path, 0, rooted, 1, Path.Length);
            return rooted;
        }
    }
}
