using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Link
{
    /// <summary>
    /// Turns a snapshot of the link's configuration into the MQTT port's connect request,
    /// reading the certificates the scheme needs (docs/commands/mqtt.md#atmqttusercfg). Runs outside the link's lock:
    /// storage may be slow.
    /// </summary>
    internal sealed class ConnectRequestBuilder
    {
        private readonly ICertificateStore _certificates;
        private readonly IClock _clock;
        private readonly ILog _log;
        private readonly int _maxInboundMessageLength;

        internal ConnectRequestBuilder(ICertificateStore certificates, IClock clock, ILog log, int maxInboundMessageLength)
        {
            _certificates = certificates;
            _clock = clock;
            _log = log;
            _maxInboundMessageLength = maxInboundMessageLength;
        }

        /// <summary>The request, or null when a certificate it needs cannot be had (logged: the host sees 0x6009).</summary>
        internal MqttConnectRequest Build(LinkConfig c)
        {
            MqttConnectRequest r = new MqttConnectRequest();
            r.Scheme = c.Scheme;
            r.Host = c.Host;
            r.Port = c.Port;
            r.Path = c.ShownPath();
            r.ClientId = c.ClientId;
            r.Username = c.Username;
            r.Password = c.Password;
            r.KeepAliveSeconds = c.KeepAliveSeconds;
            r.CleanSession = !c.DisableCleanSession;
            r.MaxInboundMessageLength = _maxInboundMessageLength;
            if (c.WillTopic.Length > 0)
            {
                r.WillTopic = c.WillTopic;
                r.WillMessage = c.WillMessage;
                r.WillQos = c.WillQos;
                r.WillRetain = c.WillRetain;
            }
            if (SchemeKind.IsTls(c.Scheme))
            {
                r.Alpn = c.Alpn;
                r.ServerName = c.ServerName.Length > 0 ? c.ServerName : null;
            }
            else
            {
                r.Alpn = new byte[0][];
            }
            if (SchemeKind.VerifiesServer(c.Scheme))
            {
                if (!_clock.IsSynchronised)
                {
                    _log.Write("MQTTCONN: the clock is not synchronised, cannot verify the server certificate");
                    return null;
                }
                r.CaCertificate = Read(CertificateFiles.Ca, c.CaId);
                if (r.CaCertificate == null)
                {
                    return null;
                }
            }
            if (SchemeKind.PresentsClientCertificate(c.Scheme))
            {
                r.ClientCertificate = Read(CertificateFiles.Cert, c.CertKeyId);
                r.ClientKey = Read(CertificateFiles.Key, c.CertKeyId);
                if (r.ClientCertificate == null || r.ClientKey == null)
                {
                    return null;
                }
            }
            return r;
        }

        private byte[] Read(string kind, int id)
        {
            string fileName = CertificateFiles.FileName(kind, id);
            byte[] contents = _certificates.Read(fileName);
            if (contents == null || contents.Length == 0)
            {
                _log.Write("MQTTCONN: certificate file " + fileName + " is missing or unreadable");
                return null;
            }
            return contents;
        }
    }
}
