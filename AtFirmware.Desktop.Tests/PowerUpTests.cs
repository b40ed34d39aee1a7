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
    }
}
