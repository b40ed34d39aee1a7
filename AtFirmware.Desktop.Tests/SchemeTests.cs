namespace EspAtNano.Desktop.Tests
{
    /// <summary>docs/commands/mqtt.md MQTTUSERCFG/MQTTCONN, docs/commands/mqtt.md#atmqttusercfg, docs/deviations.md#platform-differences: every link scheme works end to end on the desktop.</summary>
    [TestClass]
    public sealed class SchemeTests
    {
        /// <summary>The listener of the shared broker that a scheme needs.</summary>
        public static int PortFor(Mosquitto broker, int scheme)
        {
            switch (scheme)
            {
                case 1: return broker.TcpPort;
                case 2:
                case 3: return broker.TlsPort;
                case 4:
                case 5: return broker.TlsClientCertPort;
                case 6: return broker.WsPort;
                case 7:
                case 8: return broker.WssPort;
                default: return broker.WssClientCertPort;
            }
        }

        [TestMethod]
        [DataRow(1)]
        [DataRow(2)]
        [DataRow(3)]
        [DataRow(4)]
        [DataRow(5)]
        [DataRow(6)]
        [DataRow(7)]
        [DataRow(8)]
        [DataRow(9)]
        [DataRow(10)]
        public void EverySchemeConnectsPublishesAndReceives(int scheme)
        {
            Mosquitto broker = Lab.Broker;
            int port = PortFor(broker, scheme);
            string down = UniqueTopic("scheme" + scheme + "/down");
            string up = UniqueTopic("scheme" + scheme + "/up");
            using Observer observer = Observer.Connect(broker.TcpPort);
            observer.Subscribe(up, 1);
            using Module module = Module.OverTcp(broker, Lab.Pki);
            AtHost at = module.At;

            at.CommandOk(UserCfg(scheme, UniqueClientId("scheme" + scheme)));
            at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(scheme, "127.0.0.1", port, 0));
            at.CommandOk(Sub(down, 1));

            observer.Publish(down, "hello from the observer", 1);
            at.Expect(SubRecv(down, "hello from the observer"));

            at.CommandOk(Pub(up, "hello from the module", 1, 0));
            ReceivedMessage got = observer.WaitFor(up);
            Assert.AreEqual("hello from the module", got.Text);

            at.Command("AT+MQTTCONN?", ConnQueryAnswer(6, scheme, "127.0.0.1", port, 0));
            at.CommandOk("AT+MQTTCLEAN=0");
            at.Command("AT+MQTTCONN?", "+MQTTCONN:0,0,0,\"\",\"\",\"\",0\r\n" + OK);
        }

        [TestMethod]
        [DataRow(2)]
        [DataRow(4)]
        public void NoVerifySchemesAcceptAServerCertificateThatDoesNotNameTheHost(int scheme)
        {
            // The broker's certificate names only "localhost"; a verifying client rejects it as 127.0.0.1.
            int port = Lab.Broker.TlsLocalhostOnlyPort;
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
            AtHost at = module.At;
            at.CommandOk(UserCfg(scheme, UniqueClientId("noverify")));
            at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(scheme, "127.0.0.1", port, 0));
        }

        [TestMethod]
        public void WebSocketPathIsTheRequestPathTheServerSees()
        {
            using WebSocketProbeServer probe = WebSocketProbeServer.Start();
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
            AtHost at = module.At;
            at.CommandOk(UserCfg(6, UniqueClientId("wspath"), path: "/espatnano/ws"));
            at.SendLine(Conn("127.0.0.1", probe.Port, 0));
            StringAssert.StartsWith(at.ReadTextUntil("\r\nERROR\r\n"), Disconnected, "the probe answers no upgrade, so the connect fails");

            string[] request = probe.WaitForRequest(TimeSpan.FromSeconds(20));
            Assert.AreEqual("GET /espatnano/ws HTTP/1.1", request[0], string.Join("\n", request));
            string? protocol = request.FirstOrDefault(h => h.StartsWith("Sec-WebSocket-Protocol:", StringComparison.OrdinalIgnoreCase));
            Assert.IsNotNull(protocol, "the upgrade names a subprotocol: " + string.Join("\n", request));
            StringAssert.Contains(protocol.ToLowerInvariant(), "mqtt");
            at.CommandOk("AT");
        }

        [TestMethod]
        public void GmrListsEveryMqttFeatureOfTheDesktop()
        {
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
            module.At.SendLine("AT+GMR");
            string answer = module.At.ReadTextUntil(OK);
            StringAssert.StartsWith(answer, "AT version:");
            StringAssert.Contains(answer, "\r\nMQTT features:TCP,TLS,WS,WSS,ALPN,SNI\r\n");
        }
    }
}
