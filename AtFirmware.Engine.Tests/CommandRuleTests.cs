using System.Text;

namespace EspAtNano.Tests;

/// <summary>docs/commands/mqtt.md Commands: every validation rule and error code, in parameter order.</summary>
[TestClass]
public sealed class CommandRuleTests
{
    private const string Ok = "\r\nOK\r\n";

    private static string Err(int code) => $"ERR CODE:0x{0x010a0000 | code:x8}\r\n\r\nERROR\r\n";

    private static string ParseErr(int index, int code) => $"ERR CODE:0x{0x01080000 | index:x8}\r\n" + Err(code);

    private static string S(int n, char c = 'a') => new(c, n);

    [TestMethod]
    [DataRow("AT+MQTTUSERCFG=\"0\",1,\"\",\"\",\"\",0,0,\"\"", "P0:6010")]
    [DataRow("AT+MQTTUSERCFG=1,1,\"\",\"\",\"\",0,0,\"\"", "6011")]
    [DataRow("AT+MQTTUSERCFG=0,1,\"\",\"\",\"\",0,0", "6008")]
    [DataRow("AT+MQTTUSERCFG=0,1,\"\",\"\",\"\",0,0,\"\",1", "6008")]
    [DataRow("AT+MQTTUSERCFG=0,x,\"\",\"\",\"\",0,0,\"\"", "P1:6012")]
    [DataRow("AT+MQTTUSERCFG=0,0,\"\",\"\",\"\",0,0,\"\"", "6013")]
    [DataRow("AT+MQTTUSERCFG=0,11,\"\",\"\",\"\",0,0,\"\"", "6013")]
    [DataRow("AT+MQTTUSERCFG=0,1,x,\"\",\"\",0,0,\"\"", "P2:6014")]
    [DataRow("AT+MQTTUSERCFG=0,1,\"\",x,\"\",0,0,\"\"", "P3:6017")]
    [DataRow("AT+MQTTUSERCFG=0,1,\"\",\"u65\",\"\",0,0,\"\"", "6019")]
    [DataRow("AT+MQTTUSERCFG=0,1,\"\",\"\",x,0,0,\"\"", "P4:601A")]
    [DataRow("AT+MQTTUSERCFG=0,1,\"\",\"\",\"p65\",0,0,\"\"", "601C")]
    [DataRow("AT+MQTTUSERCFG=0,1,\"\",\"\",\"\",x,0,\"\"", "P5:601D")]
    [DataRow("AT+MQTTUSERCFG=0,1,\"\",\"\",\"\",2,0,\"\"", "601E")]
    [DataRow("AT+MQTTUSERCFG=0,1,\"\",\"\",\"\",0,x,\"\"", "P6:601F")]
    [DataRow("AT+MQTTUSERCFG=0,1,\"\",\"\",\"\",0,2,\"\"", "6020")]
    [DataRow("AT+MQTTUSERCFG=0,1,\"\",\"\",\"\",0,0,x", "P7:6027")]
    [DataRow("AT+MQTTUSERCFG=0,1,\"\",\"\",\"\",0,0,\"p33\"", "6029")]
    [DataRow("AT+MQTTUSERCFG=0,1,\"\",\"\",\"\",0,0,\"p32\"", "OK")]
    [DataRow("AT+MQTTUSERCFG=0,10,\"\",\"u64\",\"p64\",1,1,\"\"", "OK")]
    public void UserCfgChecksEachParameterInOrder(string line, string expected)
    {
        using var m = new Module();
        Expect(Answer(expected), m.Send(Expand(line) + "\r\n"));
    }

    [TestMethod]
    public void UserCfgEmptyClientIdUsernamePasswordAndPathAreAccepted()
    {
        using var m = new Module();
        Expect(Ok, m.Send("AT+MQTTUSERCFG=0,1,\"\",\"\",\"\",0,0,\"\"\r\n"));
    }

    [TestMethod]
    public void UserCfgWebSocketSchemesAre0x6013WhereThePlatformHasNoWebSocket()
    {
        using var m = new Module(configure: o => o.Capabilities = new PlatformCapabilities(false, false, false));
        for (int scheme = 6; scheme <= 10; scheme++)
        {
            Expect(Err(0x6013), m.Send($"AT+MQTTUSERCFG=0,{scheme},\"\",\"\",\"\",0,0,\"\"\r\n"));
        }
        Expect(Ok, m.Send("AT+MQTTUSERCFG=0,5,\"\",\"\",\"\",0,0,\"\"\r\n"));
    }

    [TestMethod]
    [DataRow("AT+MQTTCLIENTID", 0x6014)]
    [DataRow("AT+MQTTUSERNAME", 0x6017)]
    [DataRow("AT+MQTTPASSWORD", 0x601A)]
    public void ClientIdUsernamePasswordReplaceTheValueAndOnlyTheLineLimitsLength(string command, int readFailed)
    {
        using var m = new Module();
        m.Configure();
        string value = S(256 - command.Length - 8);
        Expect(Ok, m.Send($"{command}=0,\"{value}\"\r\n"));
        Expect(Err(0x6008), m.Send($"{command}=0\r\n"));
        Expect(Err(0x6008), m.Send($"{command}=0,\"a\",\"b\"\r\n"));
        Expect(ParseErr(1, readFailed), m.Send($"{command}=0,abc\r\n"));
        Expect(Err(0x6011), m.Send($"{command}=1,\"a\"\r\n"));
        Expect(Ok, m.Send($"{command}=0,\"\"\r\n"));
        m.Send("AT+MQTTCONN=0,\"h\",1,0\r\n");
    }

    [TestMethod]
    public void ClientIdUsernamePasswordCommandsReachTheConnect()
    {
        using var m = new Module();
        m.Configure();
        m.Send("AT+MQTTCLIENTID=0,\"cid\"\r\nAT+MQTTUSERNAME=0,\"usr\"\r\nAT+MQTTPASSWORD=0,\"pwd\"\r\n");
        m.Send("AT+MQTTCONN=0,\"h\",1,0\r\n");
        Assert.AreEqual("cid/usr/pwd", string.Join("/", Latin(m.Mqtt.LastConnect.ClientId), Latin(m.Mqtt.LastConnect.Username), Latin(m.Mqtt.LastConnect.Password)));
    }

    [TestMethod]
    [DataRow("CLIENTID", 0x6014, 0x6016)]
    [DataRow("USERNAME", 0x6017, 0x6019)]
    [DataRow("PASSWORD", 0x601A, 0x601C)]
    public void LongFormsTakeLength1To1024ThenExactlyThatManyRawBytes(string field, int readFailed, int wrong)
    {
        using var m = new Module();
        m.Configure();
        Expect(Err(wrong), m.Send($"AT+MQTTLONG{field}=0,0\r\n"));
        Expect(Err(wrong), m.Send($"AT+MQTTLONG{field}=0,1025\r\n"));
        Expect(ParseErr(1, readFailed), m.Send($"AT+MQTTLONG{field}=0,\"5\"\r\n"));
        Expect(Err(readFailed), m.Send($"AT+MQTTLONG{field}=0,\r\n"));
        Expect(Err(0x6008), m.Send($"AT+MQTTLONG{field}=0\r\n"));
        Expect("\r\nOK\r\n\r\n>", m.Send($"AT+MQTTLONG{field}=0,1024\r\n"));
        string value = "a,\"\\\r\n\0" + S(1017, 'z');
        Expect(Ok, m.Send(value));
        m.Send("AT+MQTTCONN=0,\"h\",1,0\r\n");
        var c = m.Mqtt.LastConnect;
        byte[] stored = field == "CLIENTID" ? c.ClientId : field == "USERNAME" ? c.Username : c.Password;
        Assert.AreEqual(value, Latin(stored));
    }

    [TestMethod]
    [DataRow("AT+MQTTCONNCFG=0,0,0,\"\",\"\",0", "6008")]
    [DataRow("AT+MQTTCONNCFG=5,0,0,\"\",\"\",0,0", "6011")]
    [DataRow("AT+MQTTCONNCFG=0,x,0,\"\",\"\",0,0", "P1:602B")]
    [DataRow("AT+MQTTCONNCFG=0,,0,\"\",\"\",0,0", "602B")]
    [DataRow("AT+MQTTCONNCFG=0,7201,0,\"\",\"\",0,0", "602D")]
    [DataRow("AT+MQTTCONNCFG=0,-1,0,\"\",\"\",0,0", "602D")]
    [DataRow("AT+MQTTCONNCFG=0,0,x,\"\",\"\",0,0", "P2:602E")]
    [DataRow("AT+MQTTCONNCFG=0,0,2,\"\",\"\",0,0", "602F")]
    [DataRow("AT+MQTTCONNCFG=0,0,0,x,\"\",0,0", "P3:6030")]
    [DataRow("AT+MQTTCONNCFG=0,0,0,\"p129\",\"\",0,0", "6032")]
    [DataRow("AT+MQTTCONNCFG=0,0,0,\"\",x,0,0", "P4:6033")]
    [DataRow("AT+MQTTCONNCFG=0,0,0,\"\",\"p94\\,p35\",0,0", "6035")]
    [DataRow("AT+MQTTCONNCFG=0,0,0,\"\",\"\",x,0", "P5:6036")]
    [DataRow("AT+MQTTCONNCFG=0,0,0,\"\",\"\",3,0", "6037")]
    [DataRow("AT+MQTTCONNCFG=0,0,0,\"\",\"\",0,x", "P6:6038")]
    [DataRow("AT+MQTTCONNCFG=0,0,0,\"\",\"\",0,2", "6039")]
    [DataRow("AT+MQTTCONNCFG=0,7200,1,\"p128\",\"\",2,1", "OK")]
    public void ConnCfgChecksEachParameterInOrder(string line, string expected)
    {
        using var m = new Module();
        m.Configure();
        Expect(Answer(expected), m.Send(Expand(line) + "\r\n"));
    }

    [TestMethod]
    public void ConnCfgKeepalive0Means120AndAWillIsSentOnlyWithATopic()
    {
        using var m = new Module();
        m.Configure();
        m.Send("AT+MQTTCONNCFG=0,0,1,\"\",\"gone\",1,1\r\n");
        m.Send("AT+MQTTCONN=0,\"h\",1,0\r\n");
        Assert.AreEqual(120, m.Mqtt.LastConnect.KeepAliveSeconds);
        Assert.IsFalse(m.Mqtt.LastConnect.CleanSession);
        Assert.IsNull(m.Mqtt.LastConnect.WillTopic);
        m.Send("AT+MQTTCLEAN=0\r\n");
        m.Configure();
        m.Send("AT+MQTTCONNCFG=0,30,0,\"will/t\",\"gone\",1,1\r\n");
        m.Send("AT+MQTTCONN=0,\"h\",1,0\r\n");
        var c = m.Mqtt.LastConnect;
        Assert.AreEqual("30 True will/t gone 1 True", $"{c.KeepAliveSeconds} {c.CleanSession} {Latin(c.WillTopic)} {Latin(c.WillMessage)} {c.WillQos} {c.WillRetain}");
    }

    [TestMethod]
    [DataRow("AT+MQTTALPN=0,0", "OK")]
    [DataRow("AT+MQTTALPN=0,1,\"a\"", "OK")]
    [DataRow("AT+MQTTALPN=0,5,\"a\",\"b\",\"c\",\"d\",\"e\"", "OK")]
    [DataRow("AT+MQTTALPN=0,6,\"a\",\"b\",\"c\",\"d\",\"e\",\"f\"", "ERROR")]
    [DataRow("AT+MQTTALPN=0,-1", "ERROR")]
    [DataRow("AT+MQTTALPN=0,2,\"a\"", "ERROR")]
    [DataRow("AT+MQTTALPN=0,1,\"a\",\"b\"", "ERROR")]
    [DataRow("AT+MQTTALPN=0,1,a", "ERROR")]
    [DataRow("AT+MQTTALPN=0,x", "ERROR")]
    [DataRow("AT+MQTTALPN=0", "ERROR")]
    [DataRow("AT+MQTTALPN=1,0", "6011")]
    public void AlpnCountIs0To5AndTheParameterCountIsCountPlus2ElsePlainError(string line, string expected)
    {
        using var m = new Module();
        m.Configure();
        Expect(Answer(expected), m.Send(line + "\r\n"));
    }

    [TestMethod]
    public void AlpnAppliesOnlyToTlsAndWssSchemesAnd0Clears()
    {
        using var m = new Module();
        m.Configure(2);
        m.Send("AT+MQTTALPN=0,2,\"mqtt\",\"x-amzn\"\r\n");
        m.Send("AT+MQTTCONN=0,\"h\",8883,0\r\n");
        CollectionAssert.AreEqual(new[] { "mqtt", "x-amzn" }, m.Mqtt.LastConnect.Alpn.Select(Latin).ToArray());
        m.Send("AT+MQTTCLEAN=0\r\n");
        m.Configure(1);
        m.Send("AT+MQTTALPN=0,1,\"mqtt\"\r\n");
        m.Send("AT+MQTTCONN=0,\"h\",1883,0\r\n");
        Assert.AreEqual(0, m.Mqtt.LastConnect.Alpn.Length);
        m.Send("AT+MQTTCLEAN=0\r\n");
        m.Configure(2);
        m.Send("AT+MQTTALPN=0,1,\"mqtt\"\r\nAT+MQTTALPN=0,0\r\n");
        m.Send("AT+MQTTCONN=0,\"h\",8883,0\r\n");
        Assert.AreEqual(0, m.Mqtt.LastConnect.Alpn.Length);
    }

    [TestMethod]
    public void AlpnAboveZeroIsErrorWhereTheTlsStackCannotSendIt()
    {
        using var m = new Module(configure: o => o.Capabilities = new PlatformCapabilities(false, false, false));
        m.Configure(2);
        Expect("\r\nERROR\r\n", m.Send("AT+MQTTALPN=0,1,\"mqtt\"\r\n"));
        Expect(Ok, m.Send("AT+MQTTALPN=0,0\r\n"));
    }

    [TestMethod]
    public void SniSetsTheTlsServerNameAndEmptyClearsIt()
    {
        using var m = new Module();
        m.Configure(2);
        Expect(Ok, m.Send("AT+MQTTSNI=0,\"broker.example\"\r\n"));
        m.Send("AT+MQTTCONN=0,\"10.0.0.1\",8883,0\r\n");
        Assert.AreEqual("broker.example", Latin(m.Mqtt.LastConnect.ServerName));
        m.Send("AT+MQTTCLEAN=0\r\n");
        m.Configure(2);
        m.Send("AT+MQTTSNI=0,\"x\"\r\nAT+MQTTSNI=0,\"\"\r\n");
        m.Send("AT+MQTTCONN=0,\"h\",8883,0\r\n");
        Assert.IsNull(m.Mqtt.LastConnect.ServerName);
    }

    [TestMethod]
    public void SniTakesExactlyTwoParameters()
    {
        using var m = new Module();
        m.Configure(2);
        Expect(Err(0x6008), m.Send("AT+MQTTSNI=0\r\n"));
        Expect(Err(0x6008), m.Send("AT+MQTTSNI=0,\"a\",\"b\"\r\n"));
        Expect("ERR CODE:0x01080001\r\n\r\nERROR\r\n", m.Send("AT+MQTTSNI=0,a\r\n"));
    }

    [TestMethod]
    public void ANonEmptySniIsErrorWhereTheTlsStackCannotSetIt()
    {
        using var m = new Module(configure: o => o.Capabilities = new PlatformCapabilities(false, false, false));
        m.Configure(2);
        Expect("\r\nERROR\r\n", m.Send("AT+MQTTSNI=0,\"other\"\r\n"));
        Expect(Ok, m.Send("AT+MQTTSNI=0,\"\"\r\n"));
    }

    [TestMethod]
    [DataRow("AT+MQTTCONN=0,\"h\",1883", "6008")]
    [DataRow("AT+MQTTCONN=0,\"h\",1883,0,5000,1", "6008")]
    [DataRow("AT+MQTTCONN=0,h,1883,0", "P1:603A")]
    [DataRow("AT+MQTTCONN=0,,1883,0", "603A")]
    [DataRow("AT+MQTTCONN=0,\"\",1883,0", "603B")]
    [DataRow("AT+MQTTCONN=0,\"p129\",1883,0", "603C")]
    [DataRow("AT+MQTTCONN=0,\"a_b\",1883,0", "6052")]
    [DataRow("AT+MQTTCONN=0,\"a b\",1883,0", "6052")]
    [DataRow("AT+MQTTCONN=0,\"a:1\",1883,0", "6052")]
    [DataRow("AT+MQTTCONN=0,\"h\",\"1883\",0", "P2:603D")]
    [DataRow("AT+MQTTCONN=0,\"h\",65536,0", "603E")]
    [DataRow("AT+MQTTCONN=0,\"h\",-1,0", "603E")]
    [DataRow("AT+MQTTCONN=0,\"h\",1883,x", "P3:603F")]
    [DataRow("AT+MQTTCONN=0,\"h\",1883,2", "6040")]
    [DataRow("AT+MQTTCONN=0,\"h\",1883,0,2999", "600A")]
    [DataRow("AT+MQTTCONN=0,\"h\",1883,0,60001", "600A")]
    [DataRow("AT+MQTTCONN=0,\"h\",1883,0,x", "P4:600A")]
    public void ConnChecksEachParameterInOrder(string line, string expected)
    {
        using var m = new Module();
        m.Configure();
        Expect(Answer(expected), m.Send(Expand(line) + "\r\n"));
        Assert.AreEqual(1, m.State);
    }

    [TestMethod]
    public void ConnHostMayBe128BytesOfLettersDigitsDotsAndDashes()
    {
        using var m = new Module();
        m.Configure();
        string host = "Az09.-" + S(122, 'h');
        StringAssert.EndsWith(m.Send($"AT+MQTTCONN=0,\"{host}\",0,0\r\n"), Ok);
        Assert.AreEqual(host, m.Mqtt.LastConnect.Host);
    }

    [TestMethod]
    public void ConnTimeoutIs3000To60000AndDefaults15000()
    {
        using var m = new Module();
        m.Configure();
        m.Send("AT+MQTTCONN=0,\"h\",1,0\r\n");
        StringAssert.Contains(m.Mqtt.CallsSnapshot().Last(), "timeout=15000");
        m.Send("AT+MQTTCLEAN=0\r\n");
        m.Configure();
        m.Send("AT+MQTTCONN=0,\"h\",1,0,3000\r\n");
        StringAssert.Contains(m.Mqtt.CallsSnapshot().Last(), "timeout=3000");
    }

    [TestMethod]
    public void ConnSuccessPrintsMqttConnectedBeforeOk()
    {
        using var m = new Module();
        m.Configure(1);
        Expect("+MQTTCONNECTED:0,1,\"broker\",\"1883\",\"\",1\r\n" + Ok, m.Send("AT+MQTTCONN=0,\"broker\",1883,1\r\n"));
    }

    [TestMethod]
    public void ConnQueryInStates0To2PrintsEmptyEndpoint()
    {
        using var m = new Module();
        m.EnterState(2);
        Expect("+MQTTCONN:0,2,1,\"\",\"\",\"\",0\r\n" + Ok, m.Send("AT+MQTTCONN?\r\n"));
    }

    [TestMethod]
    public void ConnQueryInStates3To6PrintsHostQuotedPortPathAndReconnect()
    {
        using var m = new Module();
        m.EnterState(6);
        Expect("+MQTTCONN:0,6,1,\"broker\",\"1883\",\"\",0\r\n" + Ok, m.Send("AT+MQTTCONN?\r\n"));
        m.Mqtt.DropLink();
        m.Uart.Take();
        Expect("+MQTTCONN:0,3,1,\"broker\",\"1883\",\"\",0\r\n" + Ok, m.Send("AT+MQTTCONN?\r\n"));
    }

    [TestMethod]
    public void ConnQueryPathIsEmptyForTcpTlsAndStartsWithSlashForWebSocket()
    {
        using var m = new Module();
        Expect(Ok, m.Send("AT+MQTTUSERCFG=0,6,\"id\",\"\",\"\",0,0,\"mqtt\"\r\n"));
        m.Send("AT+MQTTCONN=0,\"h\",80,0\r\n");
        Expect("+MQTTCONN:0,4,6,\"h\",\"80\",\"/mqtt\",0\r\n" + Ok, m.Send("AT+MQTTCONN?\r\n"));
        Assert.AreEqual("/mqtt", Latin(m.Mqtt.LastConnect.Path));
        m.Send("AT+MQTTCLEAN=0\r\n");
        m.Send("AT+MQTTUSERCFG=0,2,\"id\",\"\",\"\",0,0,\"/ignored\"\r\n");
        m.Send("AT+MQTTCONN=0,\"h\",8883,0\r\n");
        Expect("+MQTTCONN:0,4,2,\"h\",\"8883\",\"\",0\r\n" + Ok, m.Send("AT+MQTTCONN?\r\n"));
    }

    [TestMethod]
    [DataRow("AT+MQTTPUB=0,\"t\",\"d\",0", "6008")]
    [DataRow("AT+MQTTPUB=0,\"t\",\"d\",0,0,5000,1", "6008")]
    [DataRow("AT+MQTTPUB=0,t,\"d\",0,0", "P1:6041")]
    [DataRow("AT+MQTTPUB=0,\"p129\",\"d\",0,0", "6043")]
    [DataRow("AT+MQTTPUB=0,\"\",\"d\",0,0", "600C")]
    [DataRow("AT+MQTTPUB=0,\"a/+\",\"d\",0,0", "600C")]
    [DataRow("AT+MQTTPUB=0,\"a/#\",\"d\",0,0", "600C")]
    [DataRow("AT+MQTTPUB=0,\"t\",d,0,0", "P2:6044")]
    [DataRow("AT+MQTTPUB=0,\"t\",,0,0", "6044")]
    [DataRow("AT+MQTTPUB=0,\"t\",\"\",0,0", "6045")]
    [DataRow("AT+MQTTPUB=0,\"t\",\"d\",x,0", "P3:6047")]
    [DataRow("AT+MQTTPUB=0,\"t\",\"d\",3,0", "6048")]
    [DataRow("AT+MQTTPUB=0,\"t\",\"d\",0,x", "P4:6049")]
    [DataRow("AT+MQTTPUB=0,\"t\",\"d\",0,2", "604A")]
    [DataRow("AT+MQTTPUB=0,\"t\",\"d\",0,0,100", "600A")]
    [DataRow("AT+MQTTPUB=0,\"p128\",\"d\",2,1,60000", "OK")]
    public void PubChecksEachParameterInOrder(string line, string expected)
    {
        using var m = new Module();
        m.Connect();
        Expect(Answer(expected), m.Send(Expand(line) + "\r\n"));
    }

    [TestMethod]
    public void PubSendsTheUnescapedDataWithQosRetainAndTimeout()
    {
        using var m = new Module();
        m.Connect();
        Expect(Ok, m.Send("AT+MQTTPUB=0,\"a/b\",\"\\\"{\\\"k\\\":1\\,2}\\\"\",2,1,4000\r\n"));
        Assert.AreEqual("publish a/b qos=2 retain=True timeout=4000 len=11", m.Mqtt.CallsSnapshot().Last());
        Assert.AreEqual("\"{\"k\":1,2}\"", Latin(m.Mqtt.LastPayload));
    }

    [TestMethod]
    public void PubThatIsNotAcknowledgedIsError0x600C()
    {
        using var m = new Module();
        m.Connect();
        m.Mqtt.PublishResult = false;
        Expect(Err(0x600C), m.Send("AT+MQTTPUB=0,\"t\",\"d\",1,0\r\n"));
    }

    [TestMethod]
    [DataRow("AT+MQTTPUBRAW=0,\"t\",1,0", "6008")]
    [DataRow("AT+MQTTPUBRAW=0,t,1,0,0", "P1:6041")]
    [DataRow("AT+MQTTPUBRAW=0,\"\",1,0,0", "600C")]
    [DataRow("AT+MQTTPUBRAW=0,\"t/#\",1,0,0", "600C")]
    [DataRow("AT+MQTTPUBRAW=0,\"t\",x,0,0", "P2:604B")]
    [DataRow("AT+MQTTPUBRAW=0,\"t\",0,0,0", "604C")]
    [DataRow("AT+MQTTPUBRAW=0,\"t\",-5,0,0", "604C")]
    [DataRow("AT+MQTTPUBRAW=0,\"t\",8193,0,0", "6005")]
    [DataRow("AT+MQTTPUBRAW=0,\"t\",1,3,0", "6048")]
    [DataRow("AT+MQTTPUBRAW=0,\"t\",1,0,2", "604A")]
    [DataRow("AT+MQTTPUBRAW=0,\"t\",1,0,0,1", "600A")]
    public void PubRawChecksEachParameterInOrder(string line, string expected)
    {
        using var m = new Module();
        m.Connect();
        Expect(Answer(expected), m.Send(line + "\r\n"));
    }

    [TestMethod]
    public void PubRawTakesExactlyLengthRawBytesThenPrintsMqttPubOkWithNoOkAfter()
    {
        using var m = new Module();
        m.Connect();
        Expect("\r\nOK\r\n\r\n>", m.Send("AT+MQTTPUBRAW=0,\"bin\",8192,1,1\r\n"));
        byte[] payload = Enumerable.Range(0, 8192).Select(i => (byte)i).ToArray();
        m.Feed(payload[..8000]);
        Expect("", m.Uart.Take());
        m.Feed(payload[8000..]);
        m.Idle();
        Expect("+MQTTPUB:OK\r\n", m.Uart.Take());
        CollectionAssert.AreEqual(payload, m.Mqtt.LastPayload);
        Expect(Ok, m.Send("AT\r\n"));
    }

    [TestMethod]
    public void PubRawThatFailsPrintsMqttPubFailWithNoErrorAfter()
    {
        using var m = new Module();
        m.Connect();
        m.Mqtt.PublishResult = false;
        m.Send("AT+MQTTPUBRAW=0,\"t\",2,1,0\r\n");
        Expect("+MQTTPUB:FAIL\r\n", m.Send("ab"));
    }

    [TestMethod]
    public void PubRawMaximumLengthIsConfigurable()
    {
        using var m = new Module(configure: o => o.MaxRawDataLength = 100);
        m.Connect();
        Expect(Err(0x6005), m.Send("AT+MQTTPUBRAW=0,\"t\",101,0,0\r\n"));
        Expect("\r\nOK\r\n\r\n>", m.Send("AT+MQTTPUBRAW=0,\"t\",100,0,0\r\n"));
        Expect("+MQTTPUB:OK\r\n", m.Send(S(100)));
    }

    [TestMethod]
    [DataRow("AT+MQTTSUB=0,\"t\"", "6008")]
    [DataRow("AT+MQTTSUB=0,t,0", "P1:6041")]
    [DataRow("AT+MQTTSUB=0,\"\",0", "6042")]
    [DataRow("AT+MQTTSUB=0,\"p129\",0", "6043")]
    [DataRow("AT+MQTTSUB=0,\"t\",3", "6048")]
    [DataRow("AT+MQTTSUB=0,\"t\",x", "P2:6047")]
    [DataRow("AT+MQTTSUB=0,\"t\",0,1", "600A")]
    [DataRow("AT+MQTTSUB=0,\"a/+/#\",2,3000", "OK")]
    [DataRow("AT+MQTTSUB=0,\"p128\",1", "OK")]
    public void SubChecksEachParameterInOrder(string line, string expected)
    {
        using var m = new Module();
        m.Connect();
        Expect(Answer(expected), m.Send(Expand(line) + "\r\n"));
    }

    [TestMethod]
    public void SubOfATopicAlreadyInTheTablePrintsAlreadySubscribeThenOkAndSendsNothing()
    {
        using var m = new Module();
        m.Connect();
        m.Subscribe("a/b", 1);
        int calls = m.Mqtt.CallsSnapshot().Length;
        Expect("ALREADY SUBSCRIBE\r\n" + Ok, m.Send("AT+MQTTSUB=0,\"a/b\",2\r\n"));
        Assert.AreEqual(calls, m.Mqtt.CallsSnapshot().Length);
    }

    [TestMethod]
    public void SubRefusedBySubAckIsError0x600DAndNotStored()
    {
        using var m = new Module();
        m.Connect();
        m.Mqtt.SubscribeGrant = -1;
        Expect(Err(0x600D), m.Send("AT+MQTTSUB=0,\"denied\",1\r\n"));
        Expect(Ok, m.Send("AT+MQTTSUB?\r\n"));
        Assert.AreEqual(4, m.State);
    }

    [TestMethod]
    public void SubIntoAFullTableIsError0x600D()
    {
        using var m = new Module(configure: o => o.TopicCapacity = 3);
        m.Connect();
        m.Subscribe("a");
        m.Subscribe("b");
        m.Subscribe("c");
        Expect(Err(0x600D), m.Send("AT+MQTTSUB=0,\"d\",0\r\n"));
    }

    [TestMethod]
    public void TheTopicTableHolds10TopicsByDefault()
    {
        using var m = new Module();
        m.Connect();
        for (int i = 0; i < 10; i++)
        {
            m.Subscribe("t" + i);
        }
        Expect(Err(0x600D), m.Send("AT+MQTTSUB=0,\"t10\",0\r\n"));
    }

    [TestMethod]
    public void SubQueryInStates0To2PrintsOneEmptyLine()
    {
        using var m = new Module();
        Expect("+MQTTSUB:0,0,\"\",0\r\n" + Ok, m.Send("AT+MQTTSUB?\r\n"));
        m.Configure();
        Expect("+MQTTSUB:0,1,\"\",0\r\n" + Ok, m.Send("AT+MQTTSUB?\r\n"));
    }

    [TestMethod]
    public void SubQueryInStates3To6PrintsEveryStoredTopicInSubscriptionOrder()
    {
        using var m = new Module();
        m.Connect();
        Expect(Ok, m.Send("AT+MQTTSUB?\r\n"));
        m.Subscribe("z", 2);
        m.Subscribe("a/#", 0);
        m.Subscribe("m", 1);
        Expect("+MQTTSUB:0,6,\"z\",2\r\n+MQTTSUB:0,6,\"a/#\",0\r\n+MQTTSUB:0,6,\"m\",1\r\n" + Ok, m.Send("AT+MQTTSUB?\r\n"));
        m.Mqtt.DropLink();
        m.Uart.Take();
        Expect("+MQTTSUB:0,3,\"z\",2\r\n+MQTTSUB:0,3,\"a/#\",0\r\n+MQTTSUB:0,3,\"m\",1\r\n" + Ok, m.Send("AT+MQTTSUB?\r\n"));
    }

    [TestMethod]
    [DataRow("AT+MQTTUNSUB=0", "6008")]
    [DataRow("AT+MQTTUNSUB=0,\"t\",5000,1", "6008")]
    [DataRow("AT+MQTTUNSUB=2,\"t\"", "6011")]
    [DataRow("AT+MQTTUNSUB=0,t", "P1:6041")]
    [DataRow("AT+MQTTUNSUB=0,\"\"", "6042")]
    [DataRow("AT+MQTTUNSUB=0,\"t\",1", "600A")]
    public void UnsubChecksEachParameterInOrder(string line, string expected)
    {
        using var m = new Module();
        m.Connect();
        m.Subscribe("t");
        Expect(Answer(expected), m.Send(line + "\r\n"));
    }

    [TestMethod]
    public void UnsubOfATopicNotInTheTablePrintsNoUnsubscribeThenOkAndSendsNothing()
    {
        using var m = new Module();
        m.Connect();
        int calls = m.Mqtt.CallsSnapshot().Length;
        Expect("NO UNSUBSCRIBE\r\n" + Ok, m.Send("AT+MQTTUNSUB=0,\"never\"\r\n"));
        Assert.AreEqual(calls, m.Mqtt.CallsSnapshot().Length);
    }

    [TestMethod]
    public void UnsubRemovesTheTopicFromTheTableAfterUnsubAck()
    {
        using var m = new Module();
        m.Connect();
        m.Subscribe("a");
        m.Subscribe("b");
        Expect(Ok, m.Send("AT+MQTTUNSUB=0,\"a\"\r\n"));
        Assert.AreEqual("unsubscribe a", m.Mqtt.CallsSnapshot().Last());
        Expect("+MQTTSUB:0,6,\"b\",0\r\n" + Ok, m.Send("AT+MQTTSUB?\r\n"));
    }

    [TestMethod]
    public void UnsubThatIsNotAcknowledgedIsError0x600EAndKeepsTheTopic()
    {
        using var m = new Module();
        m.Connect();
        m.Subscribe("a");
        m.Mqtt.UnsubscribeResult = false;
        Expect(Err(0x600E), m.Send("AT+MQTTUNSUB=0,\"a\"\r\n"));
        Expect("+MQTTSUB:0,6,\"a\",0\r\n" + Ok, m.Send("AT+MQTTSUB?\r\n"));
    }

    [TestMethod]
    [DataRow("AT+MQTTCLEAN=0,0", "6008")]
    [DataRow("AT+MQTTCLEAN=", "6010")]
    [DataRow("AT+MQTTCLEAN=x", "P0:6010")]
    [DataRow("AT+MQTTCLEAN=1", "6011")]
    public void CleanTakesExactlyLinkId0(string line, string expected)
    {
        using var m = new Module();
        m.Configure();
        Expect(Answer(expected), m.Send(line + "\r\n"));
        Assert.AreEqual(1, m.State);
    }

    [TestMethod]
    public void VerifyingSchemesNeedTheCaFileAndASynchronisedClockElse0x6009()
    {
        using var m = new Module();
        m.Configure(3);
        Expect("+MQTTDISCONNECTED:0\r\n" + Err(0x6009), m.Send("AT+MQTTCONN=0,\"h\",8883,0\r\n"));
        m.Certificates.Files["mqtt_ca.pem"] = Encoding.ASCII.GetBytes("CA");
        m.Clock.IsSynchronised = false;
        Expect("+MQTTDISCONNECTED:0\r\n" + Err(0x6009), m.Send("AT+MQTTCONN=0,\"h\",8883,0\r\n"));
        Assert.AreEqual(0, m.Mqtt.ConnectCount);
        m.Clock.IsSynchronised = true;
        StringAssert.EndsWith(m.Send("AT+MQTTCONN=0,\"h\",8883,0\r\n"), Ok);
        Assert.AreEqual("CA", Latin(m.Mqtt.LastConnect.CaCertificate));
        Assert.IsNull(m.Mqtt.LastConnect.ClientCertificate);
    }

    [TestMethod]
    public void IdsOf1SelectTheUnderscore1CertificateFiles()
    {
        using var m = new Module();
        m.Certificates.Files["mqtt_ca_1.pem"] = Encoding.ASCII.GetBytes("CA1");
        m.Certificates.Files["mqtt_cert_1.pem"] = Encoding.ASCII.GetBytes("CERT1");
        m.Certificates.Files["mqtt_key_1.pem"] = Encoding.ASCII.GetBytes("KEY1");
        m.Send("AT+MQTTUSERCFG=0,5,\"id\",\"\",\"\",1,1,\"\"\r\n");
        StringAssert.EndsWith(m.Send("AT+MQTTCONN=0,\"h\",8883,0\r\n"), Ok);
        var c = m.Mqtt.LastConnect;
        Assert.AreEqual("CA1 CERT1 KEY1", $"{Latin(c.CaCertificate)} {Latin(c.ClientCertificate)} {Latin(c.ClientKey)}");
    }

    [TestMethod]
    public void ClientCertificateSchemesWithoutTheKeyFileFailWith0x6009()
    {
        using var m = new Module();
        m.Certificates.Files["mqtt_cert.pem"] = Encoding.ASCII.GetBytes("CERT");
        m.Configure(4);
        Expect("+MQTTDISCONNECTED:0\r\n" + Err(0x6009), m.Send("AT+MQTTCONN=0,\"h\",8883,0\r\n"));
        Assert.AreEqual(2, m.State);
    }

    private static string Latin(byte[] b) => Encoding.Latin1.GetString(b);

    /// <summary>"OK", "ERROR" (plain), "P&lt;i&gt;:&lt;hex&gt;" (parser code then MQTT code) or "&lt;hex&gt;".</summary>
    private static string Answer(string expected)
    {
        if (expected == "OK")
        {
            return Ok;
        }
        if (expected == "ERROR")
        {
            return "\r\nERROR\r\n";
        }
        if (expected.StartsWith('P'))
        {
            return ParseErr(expected[1] - '0', Convert.ToInt32(expected[3..], 16));
        }
        return Err(Convert.ToInt32(expected, 16));
    }

    /// <summary>Replaces "p&lt;n&gt;" / "u&lt;n&gt;" inside quotes by n filler bytes, so long values stay readable.</summary>
    private static string Expand(string line) =>
        System.Text.RegularExpressions.Regex.Replace(line, "\"([pu])(\\d+)\"", mt => "\"" + S(int.Parse(mt.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), mt.Groups[1].Value[0]) + "\"")
            .Replace("p94\\,p35", S(94) + "\\," + S(35));
}
