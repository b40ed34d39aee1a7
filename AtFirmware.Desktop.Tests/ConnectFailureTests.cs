using System.Net;
using System.Net.Sockets;

namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// docs/commands/mqtt.md MQTTCONN failures: each is `+MQTTDISCONNECTED:0`, the error code, `ERROR`; the
    /// configuration is kept (state 2) and the module goes on answering and connecting.
    /// </summary>
    [TestClass]
    public sealed class ConnectFailureTests
    {
        /// <summary>After a failure: in step, state 2, and a good MQTTCONN still works (after <paramref name="fix"/>, when given).</summary>
        private static void StillUsable(AtHost at, int scheme, int port, string? fix = null)
        {
            at.CommandOk("AT");
            at.Command("AT+MQTTCONN?", "+MQTTCONN:0,2," + scheme + ",\"\",\"\",\"\",0\r\n" + OK);
            if (fix != null)
            {
                at.CommandOk(fix);
            }
            at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(scheme, "127.0.0.1", port, 0));
        }

        [TestMethod]
        [DataRow(3)]
        [DataRow(8)]
        public void AWrongCaIs0x6009AndTheModuleStaysUsable(int scheme)
        {
            int port = SchemeTests.PortFor(Lab.Broker, scheme);
            string clientId = UniqueClientId("wrongca");
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
            AtHost at = module.At;
            // CA_ID 1 selects mqtt_ca_1.pem: a CA that did not sign the broker's certificate.
            at.CommandOk(UserCfg(scheme, clientId, caId: 1));
            at.Command(Conn("127.0.0.1", port, 0), ConnFailedAnswer(0x6009));

            // The right CA: the same broker is accepted.
            StillUsable(at, scheme, port, UserCfg(scheme, clientId, caId: 0));
        }

        [TestMethod]
        public void AWrongHostNameIs0x6009()
        {
            string clientId = UniqueClientId("wronghost");
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
            AtHost at = module.At;
            at.CommandOk(UserCfg(3, clientId));
            // A certificate from the right CA that names only "localhost", reached as 127.0.0.1.
            at.Command(Conn("127.0.0.1", Lab.Broker.TlsLocalhostOnlyPort, 0), ConnFailedAnswer(0x6009));

            // The same configuration against a certificate that does name 127.0.0.1.
            StillUsable(at, 3, Lab.Broker.TlsPort);
        }

        [TestMethod]
        public void SniNamesTheCertificateTheServerIsCheckedAgainst()
        {
            int port = Lab.Broker.TlsLocalhostOnlyPort;
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
            AtHost at = module.At;
            at.CommandOk(UserCfg(3, UniqueClientId("sni")));
            // Reached as 127.0.0.1, checked against the name set by MQTTSNI.
            at.CommandOk("AT+MQTTSNI=0,\"localhost\"");
            at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(3, "127.0.0.1", port, 0));
        }

        [TestMethod]
        [DataRow(2, false)]
        [DataRow(7, true)]
        public void AServerThatRequiresAClientCertificateTheModuleDoesNotPresentIs0x6009(int scheme, bool webSocket)
        {
            int port = webSocket ? Lab.Broker.WssClientCertPort : Lab.Broker.TlsClientCertPort;
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
            AtHost at = module.At;
            at.CommandOk(UserCfg(scheme, UniqueClientId("nopresent")));
            at.Command(Conn("127.0.0.1", port, 0), ConnFailedAnswer(0x6009));

            StillUsable(at, scheme, SchemeTests.PortFor(Lab.Broker, scheme));
        }

        [TestMethod]
        [DataRow(4)]
        [DataRow(9)]
        public void AMissingClientCertificateIs0x6009(int scheme)
        {
            int port = SchemeTests.PortFor(Lab.Broker, scheme);
            string clientId = UniqueClientId("nocert");
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
            AtHost at = module.At;
            // cert_key_ID 1 selects mqtt_cert_1.pem / mqtt_key_1.pem, which are not in the store.
            at.CommandOk(UserCfg(scheme, clientId, certKeyId: 1));
            at.Command(Conn("127.0.0.1", port, 0), ConnFailedAnswer(0x6009));

            StillUsable(at, scheme, port, UserCfg(scheme, clientId, certKeyId: 0));
        }

        [TestMethod]
        public void ABadPasswordIs0x600B()
        {
            int port = Lab.Broker.AuthPort;
            string clientId = UniqueClientId("badpass");
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
            AtHost at = module.At;
            at.CommandOk(UserCfg(1, clientId, Mosquitto.User, "not-the-password"));
            at.Command(Conn("127.0.0.1", port, 0), ConnFailedAnswer(0x600B));

            StillUsable(at, 1, Lab.Broker.TcpPort);
            // The right password on the same listener.
            at.CommandOk("AT+MQTTCLEAN=0");
            at.CommandOk(UserCfg(1, clientId, Mosquitto.User, Mosquitto.Password));
            at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(1, "127.0.0.1", port, 0));
        }

        [TestMethod]
        public void NothingListeningIs0x600B()
        {
            int closed = FreePorts.Take();
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
            AtHost at = module.At;
            at.CommandOk(UserCfg(1, UniqueClientId("refused")));
            at.Command(Conn("127.0.0.1", closed, 0), ConnFailedAnswer(0x600B));

            StillUsable(at, 1, Lab.Broker.TcpPort);
        }

        [TestMethod]
        public void ASilentServerTimesOutWith0x6057()
        {
            // Accepts the TCP connection and never answers the CONNECT.
            TcpListener silent = new TcpListener(IPAddress.Loopback, 0);
            silent.Start();
            List<Socket> held = new List<Socket>();
            Task accepting = Task.Run(async () =>
            {
                try
                {
                    while (true)
                    {
                        Socket s = await silent.AcceptSocketAsync();
                        lock (held)
                        {
                            held.Add(s);
                        }
                    }
                }
                catch (Exception)
                {
                    // Stopped.
                }
            });
            try
            {
                int port = ((IPEndPoint)silent.LocalEndpoint).Port;
                using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
                AtHost at = module.At;
                at.CommandOk(UserCfg(1, UniqueClientId("silent")));
                at.Command(Conn("127.0.0.1", port, 0, 3000), ConnFailedAnswer(0x6057), TimeSpan.FromSeconds(30));

                StillUsable(at, 1, Lab.Broker.TcpPort);
            }
            finally
            {
                silent.Stop();
                lock (held)
                {
                    held.ForEach(s => s.Dispose());
                }
            }
        }
    }
}
