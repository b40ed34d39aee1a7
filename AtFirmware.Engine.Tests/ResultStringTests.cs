using System.Text;

namespace EspAtNano.Tests;

/// <summary>docs/framing.md Result strings, error codes, AT+SYSLOG and busy.</summary>
[TestClass]
public sealed class ResultStringTests
{
    [TestMethod]
    public void OkIsCrLfOkCrLf()
    {
        using var m = new Module();
        Expect("\r\nOK\r\n", m.Send("AT\r\n"));
    }

    [TestMethod]
    public void PromptIsOkThenCrLfGreaterThanWithNoSpace()
    {
        using var m = new Module();
        m.Connect();
        Expect("\r\nOK\r\n\r\n>", m.Send("AT+MQTTPUBRAW=0,\"t\",1,0,0\r\n"));
        m.Send("x");
    }

    [TestMethod]
    public void ErrorCodeIsPrintedAsLowercaseEightDigitHexJustBeforeError()
    {
        using var m = new Module();
        Expect("ERR CODE:0x010a6001\r\n\r\nERROR\r\n", m.Send("AT+MQTTCONNCFG=0,0,0,\"\",\"\",0,0\r\n"));
    }

    [TestMethod]
    public void SyslogIsOneAfterBoot()
    {
        using var m = new Module();
        Expect("+SYSLOG:1\r\n\r\nOK\r\n", m.Send("AT+SYSLOG?\r\n"));
    }

    [TestMethod]
    public void Syslog0SilencesErrorCodes()
    {
        using var m = new Module();
        Expect("\r\nOK\r\n", m.Send("AT+SYSLOG=0\r\n"));
        Expect("+SYSLOG:0\r\n\r\nOK\r\n", m.Send("AT+SYSLOG?\r\n"));
        Expect("\r\nERROR\r\n", m.Send("AT+MQTTCLEAN=0\r\n"));
        Expect("\r\nERROR\r\n", m.Send("AT+NOSUCH\r\n"));
        Expect("\r\nOK\r\n", m.Send("AT+SYSLOG=1\r\n"));
        Expect("ERR CODE:0x010a6003\r\n\r\nERROR\r\n", m.Send("AT+MQTTCLEAN=0\r\n"));
    }

    [TestMethod]
    [DataRow("AT+SYSLOG=2\r\n", "ERR CODE:0x01070000\r\n")]
    [DataRow("AT+SYSLOG=\"1\"\r\n", "ERR CODE:0x01080000\r\n")]
    [DataRow("AT+SYSLOG=1,1\r\n", "ERR CODE:0x01060000\r\n")]
    public void SyslogRejectsAnythingButZeroOrOne(string line, string code)
    {
        using var m = new Module();
        Expect(code + "\r\nERROR\r\n", m.Send(line));
    }

    [TestMethod]
    public void MqttFailuresAre0x010a0000OrTheSeedCode()
    {
        Assert.AreEqual(0x010a6001, ErrorCode.Mqtt(MqttError.NoConfigured));
        Assert.AreEqual(0x010a6057, ErrorCode.Mqtt(MqttError.ConnectTimeout));
    }

    [TestMethod]
    public void AnUnparsableParameterPrintsTheParserCodeWithItsIndexThenTheMqttReadFailedCode()
    {
        using var m = new Module();
        Expect("ERR CODE:0x01080001\r\nERR CODE:0x010a6012\r\n\r\nERROR\r\n",
            m.Send("AT+MQTTUSERCFG=0,\"1\",\"a\",\"\",\"\",0,0,\"\"\r\n"));
        Expect("ERR CODE:0x01080002\r\nERR CODE:0x010a6014\r\n\r\nERROR\r\n",
            m.Send("AT+MQTTUSERCFG=0,1,a,\"\",\"\",0,0,\"\"\r\n"));
    }

    [TestMethod]
    public void AnOmittedMandatoryParameterIsReadFailedWithoutTheParserCode()
    {
        using var m = new Module();
        Expect("ERR CODE:0x010a6012\r\n\r\nERROR\r\n", m.Send("AT+MQTTUSERCFG=0,,\"a\",\"\",\"\",0,0,\"\"\r\n"));
    }

    [TestMethod]
    public void CommandBytesArrivingWhileACommandExecutesAreAnsweredBusyAndDiscarded()
    {
        using var m = new Module();
        m.Configure();
        m.Mqtt.Gate = new ManualResetEventSlim(false);
        m.Feed(Encoding.Latin1.GetBytes("AT+MQTTCONN=0,\"h\",1883,0\r\n"));
        m.Feed(Encoding.Latin1.GetBytes("AT\r\n"));
        m.Feed(Encoding.Latin1.GetBytes("AT+MQTTCLEAN=0\r\nAT+GM"));
        m.Feed(Encoding.Latin1.GetBytes("R\r\n"));
        Expect("\r\nbusy p...\r\n\r\nbusy p...\r\n\r\nbusy p...\r\n", m.Uart.Take());
        m.Mqtt.Gate.Set();
        m.Idle();
        Expect("+MQTTCONNECTED:0,1,\"h\",\"1883\",\"\",0\r\n\r\nOK\r\n", m.Uart.Take());
        Assert.AreEqual(4, m.State);
        Expect("\r\nOK\r\n", m.Send("AT\r\n"));
    }

    [TestMethod]
    public void BusyLinesAreNotEchoed()
    {
        using var m = new Module(echo: true);
        m.Engine.Settings.EchoEnabled = false;
        m.Connect();
        m.Send("ATE1\r\n");
        m.Mqtt.Gate = new ManualResetEventSlim(false);
        m.Feed(Encoding.Latin1.GetBytes("AT+MQTTPUB=0,\"t\",\"d\",1,0\r\nAT\r\n"));
        Expect("AT+MQTTPUB=0,\"t\",\"d\",1,0\r\n\r\nbusy p...\r\n", m.Uart.Take());
        m.Mqtt.Gate.Set();
        m.Idle();
        Expect("\r\nOK\r\n", m.Uart.Take());
    }

    [TestMethod]
    public void ABusyLineThatOutlivesTheCommandIsStillDroppedUpToItsCrLf()
    {
        using var m = new Module();
        m.Connect();
        m.Mqtt.Gate = new ManualResetEventSlim(false);
        m.Feed(Encoding.Latin1.GetBytes("AT+MQTTPUB=0,\"t\",\"d\",1,0\r\nAT+MQTT"));
        m.Mqtt.Gate.Set();
        m.Idle();
        Expect("\r\nbusy p...\r\n\r\nOK\r\n", m.Uart.Take());
        Expect("", m.Send("CLEAN=0\r\n"));
        Assert.AreEqual(4, m.State);
    }

    [TestMethod]
    public void RawDataModeConsumesInputWithoutAnswering()
    {
        using var m = new Module();
        m.Connect();
        m.Send("AT+MQTTPUBRAW=0,\"t\",10,0,0\r\n");
        Expect("", m.Send("AT\r\nAT\r\n"));
        Expect("+MQTTPUB:OK\r\n", m.Send("xx"));
        Assert.AreEqual("AT\r\nAT\r\nxx", Encoding.Latin1.GetString(m.Mqtt.LastPayload));
    }
}
