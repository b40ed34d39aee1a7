using EspAtNano.Engine.Link;

namespace EspAtNano.Engine.Ports
{
    /// <summary>
    /// Everything a connect needs, resolved by the engine: text fields are the exact bytes the
    /// host sent (UTF-8 by convention; the adapter decodes them), certificates are file
    /// contents, and a field the host left empty is a zero-length array.
    /// </summary>
    public sealed class MqttConnectRequest
    {
        public int Scheme;
        public string Host;
        public int Port;
        /// <summary>WebSocket resource path, always starting with '/'; empty for TCP/TLS.</summary>
        public byte[] Path;
        public byte[] ClientId;
        public byte[] Username;
        public byte[] Password;
        public int KeepAliveSeconds;
        public bool CleanSession;
        /// <summary>Null when no will is configured.</summary>
        public byte[] WillTopic;
        public byte[] WillMessage;
        public int WillQos;
        public bool WillRetain;
        /// <summary>PEM of the CA to verify the server against; null when the scheme does not verify.</summary>
        public byte[] CaCertificate;
        /// <summary>PEM client certificate and key; null when the scheme presents none.</summary>
        public byte[] ClientCertificate;
        public byte[] ClientKey;
        /// <summary>ALPN protocol names offered in the ClientHello; empty when none.</summary>
        public byte[][] Alpn;
        /// <summary>TLS server name (and the name the certificate is checked against); null means Host.</summary>
        public byte[] ServerName;
        /// <summary>
        /// The largest PUBLISH the broker may send (topic and payload): the client refuses a larger
        /// one before allocating it, and drops the link (reported through OnConnectionLost).
        /// </summary>
        public int MaxInboundMessageLength;

        public bool UsesTls { get { return SchemeKind.IsTls(Scheme); } }
        public bool UsesWebSocket { get { return SchemeKind.IsWebSocket(Scheme); } }
        public bool VerifiesServer { get { return SchemeKind.VerifiesServer(Scheme); } }
    }
}
