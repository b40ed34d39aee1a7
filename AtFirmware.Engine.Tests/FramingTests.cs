using System.Text;

namespace EspAtNano.Tests;

/// <summary>docs/framing.md Framing.</summary>
[TestClass]
public sealed class FramingTests
{
    private const string Ok = "\r\nOK\r\n";
    private const string Error = "\r\nERROR\r\n";

    [TestMethod]
    public void ACommandLineEndsWithCrLfOnly()
    {
        using var m = new Module();
        Expect("", m.Send("AT\r"));
        Expect(Ok, m.Send("\n"));
    }

    [TestMethod]
    public void ALoneCrOrLfIsPartOfTheLine()
    {
        using var m = new Module();
        Expect("ERR CODE:0x01090000\r\n" + Error, m.Send("AT\rX\r\n"));
        Expect("ERR CODE:0x01090000\r\n" + Error, m.Send("AT\nX\r\n"));
        Expect("ERR CODE:0x01090000\r\n" + Error, m.Send("AT\n\r\n"));
    }

    [TestMethod]
    public void ANulByteDiscardsThePartialLineBeforeIt()
    {
        using var m = new Module();
        Expect(Ok, m.Send("AT+GARBAGE\0AT\r\n"));
        Expect(Ok, m.Send("AT\r\0AT\r\n"));
    }

    [TestMethod]
    public void EchoIsOnAfterBootAndEchoesEveryCommandByteIncludingCrLf()
    {
        using var m = new Module(echo: true);
        Expect("AT\r\n" + Ok, m.Send("AT\r\n"));
        Expect("at+gmr", m.Send("at+gmr"));
    }

    [TestMethod]
    public void Ate0TurnsEchoOff()
    {
        using var m = new Module(echo: true);
        Expect("ATE0\r\n" + Ok, m.Send("ATE0\r\n"));
        Expect(Ok, m.Send("AT\r\n"));
    }

    [TestMethod]
    public void Ate1TurnsEchoOn()
    {
        using var m = new Module();
        Expect(Ok, m.Send("ATE1\r\n"));
        Expect("AT\r\n" + Ok, m.Send("AT\r\n"));
    }

    [TestMethod]
    public void BytesOfRawDataModeAreNeverEchoed()
    {
        using var m = new Module();
        m.Connect();
        m.Send("ATE1\r\n");
        string line = "AT+MQTTPUBRAW=0,\"t\",3,0,0\r\n";
        Expect(line + "\r\nOK\r\n\r\n>", m.Send(line));
        Expect("+MQTTPUB:OK\r\n", m.Send("abc"));
    }

    [TestMethod]
    public void ALineOf256BytesIncludingCrLfIsAccepted()
    {
        using var m = new Module();
        m.Configure();
        string prefix = "AT+MQTTCLIENTID=0,\"";
        string line = prefix + new string('c', 256 - prefix.Length - 3) + "\"\r\n";
        Assert.AreEqual(256, line.Length);
        Expect(Ok, m.Send(line));
    }

    [TestMethod]
    public void ALongerLineIsAnsweredWithOneError0x01030000()
    {
        using var m = new Module();
        m.Configure();
        string prefix = "AT+MQTTCLIENTID=0,\"";
        string line = prefix + new string('c', 257 - prefix.Length - 3) + "\"\r\n";
        Expect("ERR CODE:0x01030000\r\n" + Error, m.Send(line));
    }

    [TestMethod]
    public void BytesPast256WithNoTerminatorAreDroppedUntilTheNextCrLfAndAnsweredOnce()
    {
        using var m = new Module();
        Expect("", m.Send("AT" + new string('x', 300)));
        Expect("", m.Send(new string('y', 1000) + "\r"));
        Expect("ERR CODE:0x01030000\r\n" + Error, m.Send("\n"));
        Expect(Ok, m.Send("AT\r\n"));
    }

    [TestMethod]
    public void NothingIsEverExecutedFromALineThatWasTooLong()
    {
        using var m = new Module();
        m.Send("ATE1" + new string(' ', 300) + "\r\n");
        Assert.IsFalse(m.Engine.Settings.EchoEnabled);
        m.Configure();
        m.Send("AT+MQTTCLEAN=0" + new string('\0', 0) + new string(' ', 260) + "\r\n");
        Assert.AreEqual(1, m.State);
    }

    [TestMethod]
    public void AnEmptyLineIsAnsweredWithError()
    {
        using var m = new Module();
        Expect(Error, m.Send("\r\n"));
    }

    [TestMethod]
    public void ALineThatDoesNotStartWithAtIsAnsweredWithError0x01030000()
    {
        using var m = new Module();
        Expect("ERR CODE:0x01030000\r\n" + Error, m.Send("HELLO\r\n"));
        Expect("ERR CODE:0x01030000\r\n" + Error, m.Send("A\r\n"));
    }

    [TestMethod]
    public void AtIsMatchedCaseInsensitively()
    {
        using var m = new Module();
        Expect(Ok, m.Send("at\r\n"));
        Expect(Ok, m.Send("At\r\n"));
        Expect(Ok, m.Send("aT\r\n"));
    }

    [TestMethod]
    public void CommandNamesAreMatchedCaseInsensitively()
    {
        using var m = new Module();
        Expect("+SYSLOG:1\r\n" + Ok, m.Send("at+syslog?\r\n"));
        Expect("\r\nOK\r\n", m.Send("AT+MqttUserCfg=0,1,\"a\",\"\",\"\",0,0,\"\"\r\n"));
        Expect(Ok, m.Send("ate0\r\n"));
    }

    [TestMethod]
    [DataRow("AT+MQTTPUB=?\r\n")]
    [DataRow("AT+MQTTPUB?\r\n")]
    [DataRow("AT+MQTTPUB\r\n")]
    [DataRow("AT+GMR=1\r\n")]
    [DataRow("AT+GMR?\r\n")]
    [DataRow("AT+SYSLOG?x\r\n")]
    // The name ends at its first '=' or '?', whichever comes first.
    [DataRow("AT+SYSLOG?=1\r\n")]
    [DataRow("AT+MQTTPUB?=0,\"t\",\"x\",0,0\r\n")]
    [DataRow("AT+MQTTLONGCLIENTID?\r\n")]
    [DataRow("AT+MQTTLONGPASSWORD\r\n")]
    public void ACommandWithoutAHandlerForTheFormUsedAnswersPlainError(string line)
    {
        using var m = new Module();
        Expect(Error, m.Send(line));
    }

    [TestMethod]
    [DataRow("AT+NOSUCH\r\n")]
    [DataRow("AT+NOSUCH=1\r\n")]
    [DataRow("ATX\r\n")]
    [DataRow("AT+\r\n")]
    [DataRow("AT+MQTTLONGCLIENTIDX?\r\n")]
    [DataRow("AT+XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX=1\r\n")]
    [DataRow("AT+XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\r\n")]
    public void AnUnknownCommandAnswersError0x01090000(string line)
    {
        using var m = new Module();
        Expect("ERR CODE:0x01090000\r\n" + Error, m.Send(line));
    }

    [TestMethod]
    public void InputSplitAtEveryByteBoundaryGivesTheSameBytes()
    {
        string[] messages =
        {
            "ATE1\r\n", "AT+MQTTUSERCFG=0,1,\"id\",\"u\",\"p\",0,0,\"\"\r\n", "AT+MQTTCONN=0,\"h\",1883,0\r\n",
            "AT+MQTTPUBRAW=0,\"t\",4,1,0\r\n", "\r\n\0x", "AT+MQTTSUB?\r\n", "AT\r\0AT\r\n",
            "AT+MQTTPUB=0,\"t\",\"a\\,b\",0,0\r\n", "AT+X" + new string('x', 260) + "\r\n", "\r\n",
        };
        string whole = Run(messages, -1, 0);
        StringAssert.Contains(whole, "+MQTTPUB:OK");
        for (int i = 0; i < messages.Length; i++)
        {
            for (int split = 1; split < messages[i].Length; split++)
            {
                Expect(whole, Run(messages, i, split));
            }
        }
    }

    /// <summary>
    /// Sends each message as a host would (waiting for the answer), message <paramref name="splitIndex"/>
    /// in two pieces cut at <paramref name="split"/>.
    /// </summary>
    private static string Run(string[] messages, int splitIndex, int split)
    {
        using var m = new Module();
        for (int i = 0; i < messages.Length; i++)
        {
            byte[] bytes = Encoding.Latin1.GetBytes(messages[i]);
            if (i == splitIndex)
            {
                m.Feed(bytes[..split]);
                m.Feed(bytes[split..]);
            }
            else
            {
                m.Feed(bytes);
            }
            m.Idle();
        }
        return m.Uart.All;
    }
}
