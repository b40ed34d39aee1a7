namespace EspAtNano.Tests;

/// <summary>docs/link-states.md Link state: the transition table, one test per row.</summary>
[TestClass]
public sealed class LinkStateTests
{
    private const string Ok = "\r\nOK\r\n";

    private static string Err(int code) => $"ERR CODE:0x{0x010a0000 | code:x8}\r\n\r\nERROR\r\n";

    private const string UserCfg = "AT+MQTTUSERCFG=0,1,\"id\",\"\",\"\",0,0,\"\"\r\n";
    private const string ConnCfg = "AT+MQTTCONNCFG=0,0,0,\"\",\"\",0,0\r\n";
    private const string Conn = "AT+MQTTCONN=0,\"broker\",1883,0\r\n";

    [TestMethod]
    public void StateIsZeroAfterBoot()
    {
        using var m = new Module();
        Expect("+MQTTCONN:0,0,0,\"\",\"\",\"\",0\r\n" + Ok, m.Send("AT+MQTTCONN?\r\n"));
    }

    [TestMethod]
    [DataRow(0)] [DataRow(1)] [DataRow(2)]
    public void UserCfgIsAcceptedInStates0To2AndLeavesState1(int state)
    {
        using var m = new Module();
        m.EnterState(state);
        Expect(Ok, m.Send(UserCfg));
        Assert.AreEqual(1, m.State);
    }

    [TestMethod]
    [DataRow(3)] [DataRow(4)] [DataRow(5)] [DataRow(6)]
    public void UserCfgInStates3To6Is0x6002(int state)
    {
        using var m = new Module();
        m.EnterState(state);
        Expect(Err(0x6002), m.Send(UserCfg));
        Assert.AreEqual(state, m.State);
    }

    [TestMethod]
    [DataRow("AT+MQTTCLIENTID=0,\"x\"\r\n")]
    [DataRow("AT+MQTTUSERNAME=0,\"x\"\r\n")]
    [DataRow("AT+MQTTPASSWORD=0,\"x\"\r\n")]
    [DataRow("AT+MQTTALPN=0,1,\"mqtt\"\r\n")]
    [DataRow("AT+MQTTSNI=0,\"name\"\r\n")]
    public void CredentialsAlpnAndSniAreAcceptedInState1Only(string line)
    {
        for (int state = 0; state <= 6; state++)
        {
            using var m = new Module();
            m.EnterState(state);
            Expect(state == 1 ? Ok : Err(0x6002), m.Send(line));
            Assert.AreEqual(state, m.State);
        }
    }

    [TestMethod]
    [DataRow("AT+MQTTLONGCLIENTID=0,3\r\n")]
    [DataRow("AT+MQTTLONGUSERNAME=0,3\r\n")]
    [DataRow("AT+MQTTLONGPASSWORD=0,3\r\n")]
    public void LongFormsAreAcceptedInState1Only(string line)
    {
        for (int state = 0; state <= 6; state++)
        {
            using var m = new Module();
            m.EnterState(state);
            if (state == 1)
            {
                Expect("\r\nOK\r\n\r\n>", m.Send(line));
                Expect(Ok, m.Send("abc"));
            }
            else
            {
                Expect(Err(0x6002), m.Send(line));
            }
            Assert.AreEqual(state, m.State);
        }
    }

    [TestMethod]
    [DataRow(1)] [DataRow(2)]
    public void ConnCfgIsAcceptedInStates1And2AndLeavesState2(int state)
    {
        using var m = new Module();
        m.EnterState(state);
        Expect(Ok, m.Send(ConnCfg));
        Assert.AreEqual(2, m.State);
    }

    [TestMethod]
    public void ConnCfgInState0Is0x6001()
    {
        using var m = new Module();
        Expect(Err(0x6001), m.Send(ConnCfg));
    }

    [TestMethod]
    [DataRow(3)] [DataRow(4)] [DataRow(5)] [DataRow(6)]
    public void ConnCfgInStates3To6Is0x6002(int state)
    {
        using var m = new Module();
        m.EnterState(state);
        Expect(Err(0x6002), m.Send(ConnCfg));
    }

    [TestMethod]
    [DataRow(1)] [DataRow(2)]
    public void ConnInStates1And2LeavesState4(int state)
    {
        using var m = new Module();
        m.EnterState(state);
        StringAssert.EndsWith(m.Send(Conn), Ok);
        Assert.AreEqual(4, m.State);
    }

    [TestMethod]
    public void ConnInState3WhenReconnectWas0ReconnectsWithTheStoredConfiguration()
    {
        using var m = new Module();
        m.EnterState(3);
        Expect("+MQTTCONNECTED:0,1,\"broker\",\"1883\",\"\",0\r\n" + Ok, m.Send(Conn));
        Assert.AreEqual(4, m.State);
        Assert.AreEqual("dev", System.Text.Encoding.Latin1.GetString(m.Mqtt.LastConnect.ClientId));
    }

    [TestMethod]
    public void ConnThatRestoresStoredTopicsLeavesState6()
    {
        using var m = new Module();
        m.Connect();
        m.Subscribe("a/b", 1);
        m.Mqtt.DropLink();
        m.Uart.Take();
        StringAssert.EndsWith(m.Send(Conn), Ok);
        Assert.AreEqual(6, m.State);
        Assert.AreEqual("subscribe a/b qos=1", m.Mqtt.CallsSnapshot().Last());
    }

    [TestMethod]
    public void ConnInState0Is0x6001()
    {
        using var m = new Module();
        Expect(Err(0x6001), m.Send(Conn));
    }

    [TestMethod]
    [DataRow(4)] [DataRow(5)] [DataRow(6)]
    public void ConnInStates4To6Is0x6004(int state)
    {
        using var m = new Module();
        m.EnterState(state);
        Expect(Err(0x6004), m.Send(Conn));
    }

    [TestMethod]
    public void ConnInState3WhileAutomaticReconnectIsOnIs0x6051()
    {
        using var m = new Module();
        m.Connect(reconnect: 1);
        m.Mqtt.ConnectResult = ConnectOutcome.ClientStartFailed;
        m.Mqtt.DropLink();
        Expect("+MQTTDISCONNECTED:0\r\n", m.Uart.Take());
        Expect(Err(0x6051), m.Send("AT+MQTTCONN=0,\"broker\",1883,1\r\n"));
        Assert.AreEqual(3, m.State);
    }

    [TestMethod]
    [DataRow("AT+MQTTPUB=0,\"t\",\"d\",0,0\r\n")]
    [DataRow("AT+MQTTPUBRAW=0,\"t\",1,0,0\r\n")]
    [DataRow("AT+MQTTSUB=0,\"t\",0\r\n")]
    [DataRow("AT+MQTTUNSUB=0,\"t\"\r\n")]
    public void PubPubRawSubAndUnsubNeedStates4To6Else0x6006(string line)
    {
        for (int state = 0; state <= 3; state++)
        {
            using var m = new Module();
            m.EnterState(state);
            Expect(Err(0x6006), m.Send(line));
            Assert.AreEqual(state, m.State);
        }
        for (int state = 4; state <= 6; state++)
        {
            using var m = new Module();
            m.EnterState(state);
            string answer = m.Send(line);
            if (line.Contains("PUBRAW"))
            {
                Expect("+MQTTPUB:OK\r\n", m.Send("x"));
            }
            else
            {
                StringAssert.EndsWith(answer, Ok);
            }
        }
    }

    [TestMethod]
    [DataRow(4)] [DataRow(5)] [DataRow(6)]
    public void SubLeavesState6(int state)
    {
        using var m = new Module();
        m.EnterState(state);
        m.Subscribe("new/topic");
        Assert.AreEqual(6, m.State);
    }

    [TestMethod]
    public void UnsubLeavingNoTopicLeavesState5()
    {
        using var m = new Module();
        m.Connect();
        m.Subscribe("a");
        m.Subscribe("b");
        Expect(Ok, m.Send("AT+MQTTUNSUB=0,\"a\"\r\n"));
        Assert.AreEqual(6, m.State);
        Expect(Ok, m.Send("AT+MQTTUNSUB=0,\"b\"\r\n"));
        Assert.AreEqual(5, m.State);
    }

    [TestMethod]
    [DataRow(1)] [DataRow(2)] [DataRow(3)] [DataRow(4)] [DataRow(5)] [DataRow(6)]
    public void CleanIsAcceptedInStates1To6AndLeavesState0WithNoUrc(int state)
    {
        using var m = new Module();
        m.EnterState(state);
        Expect(Ok, m.Send("AT+MQTTCLEAN=0\r\n"));
        Assert.AreEqual(0, m.State);
        Expect("+MQTTSUB:0,0,\"\",0\r\n" + Ok, m.Send("AT+MQTTSUB?\r\n"));
    }

    [TestMethod]
    public void CleanInState0Is0x6003()
    {
        using var m = new Module();
        Expect(Err(0x6003), m.Send("AT+MQTTCLEAN=0\r\n"));
    }

    [TestMethod]
    public void CleanForgetsAllConfigurationAndSendsDisconnect()
    {
        using var m = new Module();
        m.Connect();
        m.Subscribe("a");
        m.Send("AT+MQTTCLEAN=0\r\n");
        Assert.AreEqual("disconnect", m.Mqtt.CallsSnapshot().Last());
        Expect(Err(0x6001), m.Send(Conn));
        m.Configure();
        Expect("+MQTTCONN:0,1,1,\"\",\"\",\"\",0\r\n" + Ok, m.Send("AT+MQTTCONN?\r\n"));
        Expect("+MQTTSUB:0,1,\"\",0\r\n" + Ok, m.Send("AT+MQTTSUB?\r\n"));
    }

    [TestMethod]
    [DataRow(ConnectOutcome.Timeout, 0x6057)]
    [DataRow(ConnectOutcome.TlsFailure, 0x6009)]
    [DataRow(ConnectOutcome.ClientStartFailed, 0x600B)]
    public void AFailedConnLeavesState2KeepsTheConfigurationAndCanBeRetried(ConnectOutcome outcome, int code)
    {
        using var m = new Module();
        m.Configure();
        m.Mqtt.ConnectResult = outcome;
        Expect("+MQTTDISCONNECTED:0\r\n" + Err(code), m.Send(Conn));
        Assert.AreEqual(2, m.State);
        m.Mqtt.ConnectResult = ConnectOutcome.Connected;
        Expect("+MQTTCONNECTED:0,1,\"broker\",\"1883\",\"\",0\r\n" + Ok, m.Send(Conn));
        Assert.AreEqual("dev", System.Text.Encoding.Latin1.GetString(m.Mqtt.LastConnect.ClientId));
    }

    [TestMethod]
    public void AParameterErrorLeavesTheStateUnchanged()
    {
        using var m = new Module();
        m.EnterState(2);
        m.Send("AT+MQTTUSERCFG=0,11,\"id\",\"\",\"\",0,0,\"\"\r\n");
        m.Send("AT+MQTTCONN=0,\"\",1883,0\r\n");
        Assert.AreEqual(2, m.State);
    }

    [TestMethod]
    [DataRow(4)] [DataRow(5)] [DataRow(6)]
    public void TheConnectionDroppingMoves4To6To3AndPrintsMqttDisconnected(int state)
    {
        using var m = new Module();
        m.EnterState(state);
        m.Mqtt.DropLink();
        Expect("+MQTTDISCONNECTED:0\r\n", m.Uart.Take());
        Assert.AreEqual(3, m.State);
    }
}
