namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// README (the twin): it powers up like a module with a saved AP and auto-connect on, unless
    /// --no-saved-ap or --no-autoconnect asks for one that has to be told to join.
    /// </summary>
    [TestClass]
    public sealed class PowerUpTests
    {
        [TestMethod]
        public void AfterReadyTheTwinJoinsItsSavedApAndSaysSo()
        {
            using TwinProcess twin = TwinProcess.StartTcp(Lab.Pki.ModuleDirectory, "--wifi", "Home:secret");
            using AtHost at = TcpHost.Attach(twin, () => twin.Stderr);
            at.Expect("\r\nready\r\nWIFI CONNECTED\r\nWIFI GOT IP\r\n");
            at.Command("AT+CWSTATE?", "AT+CWSTATE?\r\n+CWSTATE:2,\"Home\"\r\n" + OK);
        }

        [TestMethod]
        [DataRow("--no-saved-ap")]
        [DataRow("--no-autoconnect")]
        public void WithoutASavedApOrAutoConnectTheTwinStaysIdle(string option)
        {
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki, option);
            // Boot saw no WIFI line after ready; the station has not even tried to join.
            module.At.Command("AT+CWSTATE?", "+CWSTATE:0,\"\"\r\n" + OK);
        }

        [TestMethod]
        public void AfterAtRstTheTwinLeavesItsApAndJoinsItsSavedApAgain()
        {
            using Module module = Module.OverTcp(null, Lab.Pki, "--wifi", "Home:secret");
            module.At.Command("AT+RST", OK);
            module.At.Expect("\r\nready\r\nWIFI CONNECTED\r\nWIFI GOT IP\r\n");
            module.At.Command("AT+CWSTATE?", "AT+CWSTATE?\r\n+CWSTATE:2,\"Home\"\r\n" + OK);
        }

        [TestMethod]
        public void AfterAtRstWithAutoConnectOffTheStationIsNotJoined()
        {
            using Module module = Module.OverTcp(null, Lab.Pki, "--wifi", "Home:secret");
            module.At.CommandOk("AT+CWAUTOCONN=0");
            module.At.Command("AT+RST", OK);
            module.At.ReadUntil("\r\nready\r\n");
            // Echo is on again after the restart; no WIFI line came before the answer.
            module.At.Command("AT+CWSTATE?", "AT+CWSTATE?\r\n+CWSTATE:0,\"\"\r\n" + OK);
        }

        [TestMethod]
        public void TheApJoinedLastIsTheOneAtRstJoinsAndBareCwJapToo()
        {
            using Module module = Module.OverTcp(null, Lab.Pki, "--wifi", "Home:secret", "--wifi", "Lab:pass-1234");
            module.At.Command("AT+CWJAP=\"Lab\",\"pass-1234\"", "WIFI DISCONNECT\r\nWIFI CONNECTED\r\nWIFI GOT IP\r\n" + OK);
            module.At.Command("AT+RST", OK);
            module.At.Expect("\r\nready\r\nWIFI CONNECTED\r\nWIFI GOT IP\r\n");
            module.At.Command("ATE0", "ATE0\r\n" + OK);
            module.At.Command("AT+CWQAP", OK + "WIFI DISCONNECT\r\n");
            module.At.Command("AT+CWJAP", "WIFI CONNECTED\r\nWIFI GOT IP\r\n" + OK);
            module.At.Command("AT+CWSTATE?", "+CWSTATE:2,\"Lab\"\r\n" + OK);
        }
    }
}
