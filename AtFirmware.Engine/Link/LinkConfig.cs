namespace EspAtNano.Engine.Link
{
    /// <summary>What USERCFG, CONNCFG, ALPN, SNI and CONN stored; private to MqttLink, which alone changes it. MQTTCLEAN forgets it all.</summary>
    internal sealed class LinkConfig
    {
        internal const int DefaultKeepAliveSeconds = 120;
        internal const int DefaultTimeoutMs = 15000;

        private static readonly byte[] Empty = new byte[0];

        internal int Scheme;
        internal byte[] ClientId;
        internal byte[] Username;
        internal byte[] Password;
        internal int CertKeyId;
        internal int CaId;
        internal byte[] Path;

        internal int KeepAliveSeconds;
        internal bool DisableCleanSession;
        internal byte[] WillTopic;
        internal byte[] WillMessage;
        internal int WillQos;
        internal bool WillRetain;

        internal byte[][] Alpn;
        internal byte[] ServerName;

        internal string Host;
        internal int Port;
        internal bool Reconnect;
        internal int ConnectTimeoutMs;

        internal LinkConfig()
        {
            Clear();
        }

        internal void Clear()
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
        internal LinkConfig Copy()
        {
            return (LinkConfig)MemberwiseClone();
        }

        /// <summary>The path as queries and URCs show it: "" for TCP/TLS, starting with '/' for ws/wss.</summary>
        internal byte[] ShownPath()
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
