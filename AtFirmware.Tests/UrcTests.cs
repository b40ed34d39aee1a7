using System.Text;

namespace EspAtNano.Tests;

/// <summary>SPEC §4 Unsolicited result codes, and the automatic reconnect of §2/§3.</summary>
[TestClass]
public sealed class UrcTests
{
    [TestMethod]
    public void MqttSubRecvCarriesTopicLengthAndTheRawPayloadWithNoLeadingCrLf()
    {
        using var m = new Module();
        m.Connect();
        m.Mqtt.Deliver("a/b", Encoding.Latin1.GetBytes("hi"));
        Expect("+MQTTSUBRECV:0,\"a/b\",2,hi\r\n", m.Uart.Take());
    }

    [TestMethod]
    public void MqttSubRecvIsBinarySafe()
    {
        using var m = new Module();
        m.Connect();
        byte[] payload = Enumerable.Range(0, 256).Select(i => (byte)i).Concat(Encoding.Latin1.GetBytes("\r\nOK\r\n")).ToArray();
        m.Mqtt.Deliver("bin", payload);
        Expect("+MQTTSUBRECV:0,\"bin\",262," + Encoding.Latin1.GetString(payload) + "\r\n", m.Uart.Take());
    }

    [TestMethod]
    public void AMessageOver1KiBIsOneUrcWithTheFullLength()
    {
        using var m = new Module();
        m.Connect();
        m.Mqtt.Deliver("big", new byte[5000]);
        string urc = m.Uart.Take();
        StringAssert.StartsWith(urc, "+MQTTSUBRECV:0,\"big\",5000,");
        Assert.AreEqual("+MQTTSUBRECV:0,\"big\",5000,".Length + 5000 + 2, urc.Length);
        Assert.AreEqual(1, m.Uart.WriteSizes.Count(s => s == urc.Length));
    }

    [TestMethod]
    public void MqttDisconnectedIsPrintedOnEveryDrop()
    {
        using var m = new Module();
        m.Connect();
        m.Mqtt.DropLink();
        Expect("+MQTTDISCONNECTED:0\r\n", m.Uart.Take());
        m.Send("AT+MQTTCONN=0,\"broker\",1883,0\r\n");
        m.Mqtt.DropLink();
        Expect("+MQTTDISCONNECTED:0\r\n", m.Uart.Take());
    }

    [TestMethod]
    public void ALossReportedWhenNotConnectedPrintsNothing()
    {
        using var m = new Module();
        m.Configure();
        m.Mqtt.DropLink();
        Expect("", m.Uart.Take());
        Assert.AreEqual(1, m.State);
    }

    [TestMethod]
    public void AutomaticReconnectPrintsMqttConnectedAfterRestoringEveryStoredTopic()
    {
        using var m = new Module();
        m.Connect(reconnect: 1);
        m.Subscribe("x", 1);
        m.Subscribe("y/#", 2);
        m.Mqtt.ConnectResults.Enqueue(ConnectOutcome.ClientStartFailed);
        m.Mqtt.ConnectResults.Enqueue(ConnectOutcome.Timeout);
        int before = m.Mqtt.CallsSnapshot().Length;
        m.Mqtt.DropLink();
        Assert.IsTrue(m.Uart.WaitFor("+MQTTCONNECTED"));
        Expect("+MQTTDISCONNECTED:0\r\n+MQTTCONNECTED:0,1,\"broker\",\"1883\",\"\",1\r\n", m.Uart.Take());
        string[] after = m.Mqtt.CallsSnapshot()[before..];
        CollectionAssert.AreEqual(new[]
        {
            "connect broker:1883 timeout=15000", "disconnect", "connect broker:1883 timeout=15000", "disconnect",
            "connect broker:1883 timeout=15000", "subscribe x qos=1", "subscribe y/# qos=2"
        }, after);
        Assert.AreEqual(6, m.State);
    }

    [TestMethod]
    public void AutomaticReconnectWithNoStoredTopicsLeavesState4()
    {
        using var m = new Module();
        m.Connect(reconnect: 1);
        m.Mqtt.DropLink();
        Assert.IsTrue(m.Uart.WaitFor("+MQTTCONNECTED"));
        Assert.AreEqual(4, m.State);
    }

    [TestMethod]
    public void ReconnectDoesNotRetryAFailedFirstConnect()
    {
        using var m = new Module();
        m.Configure();
        m.Mqtt.ConnectResult = ConnectOutcome.ClientStartFailed;
        m.Send("AT+MQTTCONN=0,\"broker\",1883,1\r\n");
        Thread.Sleep(100);
        Assert.AreEqual(1, m.Mqtt.ConnectCount);
        Assert.AreEqual(2, m.State);
    }

    [TestMethod]
    public void WithReconnect0TheModuleStaysInState3()
    {
        using var m = new Module();
        m.Connect(reconnect: 0);
        m.Mqtt.DropLink();
        Thread.Sleep(100);
        Assert.AreEqual(3, m.State);
        Assert.AreEqual(1, m.Mqtt.ConnectCount);
    }

    [TestMethod]
    public void CleanStopsAutomaticReconnect()
    {
        using var m = new Module();
        m.Connect(reconnect: 1);
        m.Mqtt.ConnectResult = ConnectOutcome.ClientStartFailed;
        m.Mqtt.DropLink();
        Expect("+MQTTDISCONNECTED:0\r\n", m.Uart.Take());
        Expect("\r\nOK\r\n", m.Send("AT+MQTTCLEAN=0\r\n"));
        Thread.Sleep(50);
        int attempts = m.Mqtt.ConnectCount;
        m.Mqtt.ConnectResult = ConnectOutcome.Connected;
        Thread.Sleep(100);
        Assert.AreEqual(attempts, m.Mqtt.ConnectCount);
        Assert.AreEqual(0, m.State);
        Expect("", m.Uart.Take());
    }

    [TestMethod]
    public void AUrcIsNeverWrittenBetweenThePromptAndTheEndOfItsRawDataAndKeepsItsOrder()
    {
        using var m = new Module();
        m.Connect();
        Expect("\r\nOK\r\n\r\n>", m.Send("AT+MQTTPUBRAW=0,\"t\",4,0,0\r\n"));
        m.Mqtt.Deliver("a", Encoding.Latin1.GetBytes("1"));
        m.Feed(Encoding.Latin1.GetBytes("ab"));
        m.Mqtt.Deliver("b", Encoding.Latin1.GetBytes("2"));
        m.Mqtt.DropLink();
        Expect("", m.Uart.Take());
        m.Feed(Encoding.Latin1.GetBytes("cd"));
        m.Idle();
        Expect("+MQTTSUBRECV:0,\"a\",1,1\r\n+MQTTSUBRECV:0,\"b\",1,2\r\n+MQTTDISCONNECTED:0\r\n+MQTTPUB:OK\r\n", m.Uart.Take());
    }

    [TestMethod]
    public void AUrcIsNeverWrittenInsideAnotherOutputLine()
    {
        using var m = new Module();
        m.Connect();
        for (int i = 0; i < 10; i++)
        {
            m.Subscribe("t" + i);
        }
        m.Uart.WriteSizes.Clear();
        var deliverer = new Thread(() =>
        {
            for (int i = 0; i < 200; i++)
            {
                m.Mqtt.Deliver("u", Encoding.Latin1.GetBytes("p"));
            }
        });
        deliverer.Start();
        string all = "";
        for (int i = 0; i < 20; i++)
        {
            all += m.Send("AT+MQTTSUB?\r\n");
        }
        deliverer.Join();
        all += m.Uart.Take();
        string subLines = string.Concat(Enumerable.Range(0, 10).Select(i => $"+MQTTSUB:0,6,\"t{i}\",0\r\n")) + "\r\nOK\r\n";
        Assert.AreEqual(20, all.Split(subLines).Length - 1);
        Assert.AreEqual(200, all.Split("+MQTTSUBRECV:0,\"u\",1,p\r\n").Length - 1);
    }
}
