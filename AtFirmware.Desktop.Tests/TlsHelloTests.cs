namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// docs/commands/mqtt.md MQTTALPN and MQTTSNI: what the module sets is what a TLS server sees in the
    /// ClientHello. The probe closes after the hello, so each connect fails; that is expected.
    /// </summary>
    [TestClass]
    public sealed class TlsHelloTests
    {
        private static ClientHello ConnectToProbe(AtHost at, AlpnProbeServer probe, string host)
        {
            at.SendLine(Conn(host, probe.Port, 0));
            string answer = at.ReadTextUntil("\r\nERROR\r\n");
            StringAssert.StartsWith(answer, Disconnected, "the connect to the probe fails");
            ClientHello hello = probe.WaitForHello(TimeSpan.FromSeconds(20));
            at.CommandOk("AT");
            return hello;
        }

        [TestMethod]
        [DataRow(2)]
        [DataRow(7)]
        public void AlpnOfferedByTheModuleIsWhatTheTlsServerSees(int scheme)
        {
            using AlpnProbeServer probe = AlpnProbeServer.Start();
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
            AtHost at = module.At;
            at.CommandOk(UserCfg(scheme, UniqueClientId("alpn")));
            at.CommandOk("AT+MQTTALPN=0,2,\"mqtt\",\"x-espatnano-test\"");

            ClientHello hello = ConnectToProbe(at, probe, "127.0.0.1");

            CollectionAssert.AreEqual(new[] { "mqtt", "x-espatnano-test" }, hello.Protocols.ToArray(), hello.ToString());
        }

        [TestMethod]
        [DataRow(2)]
        [DataRow(7)]
        public void SniSetByMqttSniIsWhatTheTlsServerSees(int scheme)
        {
            using AlpnProbeServer probe = AlpnProbeServer.Start();
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
            AtHost at = module.At;
            at.CommandOk(UserCfg(scheme, UniqueClientId("sni")));
            at.CommandOk("AT+MQTTSNI=0,\"broker.espatnano.test\"");

            ClientHello hello = ConnectToProbe(at, probe, "127.0.0.1");

            Assert.AreEqual("broker.espatnano.test", hello.ServerName, hello.ToString());
        }

        [TestMethod]
        public void WithoutMqttSniTheHostNameIsTheServerName()
        {
            using AlpnProbeServer probe = AlpnProbeServer.Start();
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
            AtHost at = module.At;
            at.CommandOk(UserCfg(2, UniqueClientId("nosni")));

            ClientHello hello = ConnectToProbe(at, probe, "localhost");

            Assert.AreEqual("localhost", hello.ServerName, hello.ToString());
        }
    }
}
