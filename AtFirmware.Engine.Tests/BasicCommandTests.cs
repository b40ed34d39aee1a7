namespace EspAtNano.Tests;

/// <summary>docs/commands/basic.md (engine part) and docs/deviations.md#platform-differences: AT, AT+GMR, AT+RST.</summary>
[TestClass]
public sealed class BasicCommandTests
{
    [TestMethod]
    public void AtAnswersOk()
    {
        using var m = new Module();
        Expect("\r\nOK\r\n", m.Send("AT\r\n"));
    }

    [TestMethod]
    public void StartPrintsReady()
    {
        using var m = new Module();
        m.Engine.Start();
        Expect("\r\nready\r\n", m.Uart.Take());
    }

    [TestMethod]
    public void GmrPrintsEspAt3VersionLinesWithTheEsp32TagAndThePlatformsMqttFeaturesThenOk()
    {
        using var m = new Module(configure: o =>
        {
            o.AtVersion = "3.4.0.0";
            o.BuildId = "b1d";
            o.BuildTime = "Jul  4 2026 09:53:44";
            o.SdkVersion = "sdk";
            o.BinVersion = "bin";
            o.ModuleName = "mod";
        });
        Expect("AT version:3.4.0.0(b1d - ESP32 - Jul  4 2026 09:53:44)\r\n" +
               "SDK version:sdk\r\n" +
               "compile time(b1d):Jul  4 2026 09:53:44\r\n" +
               "Bin version:bin(mod)\r\n" +
               "MQTT features:TCP,TLS,WS,WSS,ALPN,SNI\r\n\r\nOK\r\n",
            m.Send("AT+GMR\r\n"));
    }

    [TestMethod]
    public void GmrListsOnlyWhatThePlatformSupports()
    {
        using var m = new Module(configure: o => o.Capabilities = new EspAtNano.Engine.PlatformCapabilities(false, false, false));
        StringAssert.Contains(m.Send("AT+GMR\r\n"), "MQTT features:TCP,TLS\r\n");
    }

    [TestMethod]
    public void GmrNamesALimitOfTheAckWait()
    {
        var caps = new EspAtNano.Engine.PlatformCapabilities(false, false, false) { AckWaitLimitMs = 3000 };
        using var m = new Module(configure: o => o.Capabilities = caps);
        StringAssert.Contains(m.Send("AT+GMR\r\n"), "\r\nMQTT features:TCP,TLS;ack wait<=3000ms\r\n\r\nOK\r\n");
    }

    [TestMethod]
    public void RstAnswersOkThenRestartsAndPrintsReady()
    {
        using var m = new Module();
        m.Connect();
        m.Send("ATE1\r\nAT+SYSLOG=0\r\n");
        Expect("AT+RST\r\n\r\nOK\r\n\r\nready\r\n", m.Send("AT+RST\r\n"));
        Assert.AreEqual(1, m.System.Restarts);
        Assert.AreEqual(0, m.State);
        Assert.AreEqual("disconnect", m.Mqtt.CallsSnapshot().Last());
        Expect("AT\r\n\r\nOK\r\n", m.Send("AT\r\n"));
        Expect("+SYSLOG:1\r\n\r\nOK\r\n", m.Send("ATE0\r\nAT+SYSLOG?\r\n")[("ATE0\r\n\r\nOK\r\n").Length..]);
    }
}
