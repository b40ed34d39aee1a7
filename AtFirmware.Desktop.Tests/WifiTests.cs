namespace EspAtNano.Desktop.Tests
{
    /// <summary>docs/commands/basic.md AT+CWJAP against the access points the twin's --wifi options name.</summary>
    [TestClass]
    public sealed class WifiTests
    {
        private const string Joined = "WIFI CONNECTED\r\nWIFI GOT IP\r\n\r\nOK\r\n";

        [TestMethod]
        public void TheWifiOptionNamesTheAccessPointsCwjapCanJoin()
        {
            // The SSID ends at the first ':'; the rest, colons included, is the password.
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki, "--wifi", "LabAP:pass-1234", "--wifi", "Second:x:y", "--no-saved-ap");
            AtHost at = module.At;

            at.Command("AT+CWJAP=\"LabAP\",\"wrong\"", "+CWJAP:2\r\n\r\nERROR\r\n");
            at.Command("AT+CWJAP=\"Nowhere\",\"pass-1234\"", "+CWJAP:3\r\n\r\nERROR\r\n");
            at.Command("AT+CWJAP=\"LabAP\",\"pass-1234\"", Joined);
            at.Command("AT+CWJAP=\"Second\",\"x:y\"", "WIFI DISCONNECT\r\n" + Joined);
            at.SendLine("AT+CWJAP?");
            StringAssert.StartsWith(at.ReadTextUntil(OK), "+CWJAP:\"Second\",");

            // Once joined, MQTT goes over the PC's own network.
            int port = Lab.Broker.TcpPort;
            at.CommandOk(UserCfg(1, UniqueClientId("wifi")));
            at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(1, "127.0.0.1", port, 0));
        }

        [TestMethod]
        public void MqttConnWithoutAJoinedApFails()
        {
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki, "--no-saved-ap");
            AtHost at = module.At;
            int port = Lab.Broker.TcpPort;
            at.CommandOk(UserCfg(1, UniqueClientId("nowifi")));
            at.Command(Conn("127.0.0.1", port, 0), ConnFailedAnswer(0x600B));
            at.Command("AT+CWJAP=\"EspAtNano\",\"espatnano\"", Joined);
            at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(1, "127.0.0.1", port, 0));
        }
    }
}
