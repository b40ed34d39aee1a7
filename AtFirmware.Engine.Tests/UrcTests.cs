using System.Text;

namespace EspAtNano.Tests;

/// <summary>docs/urcs.md Unsolicited result codes, and the automatic reconnect of docs/link-states.md, docs/commands/mqtt.md.</summary>
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
        Expect("+MQTTDISCONNECTED:0\r\nERR CODE:0x010a600b\r\n\r\nERROR\r\n", m.Send("AT+MQTTCONN=0,\"broker\",1883,1\r\n"));
        // State 2, not 3: the module is not reconnecting by itself (in 3 it would answer the host's retry 0x6051) …
        Expect("+MQTTCONN:0,2,1,\"\",\"\",\"\",0\r\n\r\nOK\r\n", m.Send("AT+MQTTCONN?\r\n"));
        m.Mqtt.ConnectResult = ConnectOutcome.Connected;
        Expect("+MQTTCONNECTED:0,1,\"broker\",\"1883\",\"\",1\r\n\r\nOK\r\n", m.Send("AT+MQTTCONN=0,\"broker\",1883,1\r\n"));
        // … and the broker saw the failed connect, its close, then the host's own retry.
        CollectionAssert.AreEqual(new[] { "connect broker:1883 timeout=15000", "disconnect", "connect broker:1883 timeout=15000" },
            m.Mqtt.CallsSnapshot());
    }

    [TestMethod]
    public void WithReconnect0TheModuleStaysInState3()
    {
        using var m = new Module();
        m.Connect(reconnect: 0);
        m.Mqtt.DropLink();
        Expect("+MQTTDISCONNECTED:0\r\n", m.Uart.Take());
        Assert.AreEqual(3, m.State);
        // The host reconnects, not the module: its AT+MQTTCONN is accepted (0x6051 while the module
        // reconnects by itself) and is the broker's second connect.
        Expect("+MQTTCONN:0,3,1,\"broker\",\"1883\",\"\",0\r\n\r\nOK\r\n", m.Send("AT+MQTTCONN?\r\n"));
        Expect("+MQTTCONNECTED:0,1,\"broker\",\"1883\",\"\",0\r\n\r\nOK\r\n", m.Send("AT+MQTTCONN=0,\"broker\",1883,0\r\n"));
        Assert.AreEqual(2, m.Mqtt.ConnectCount);
    }

    [TestMethod]
    public void CleanStopsAutomaticReconnect()
    {
        using var m = new Module();
        m.Connect(reconnect: 1);
        // Each automatic attempt says it started, then waits inside the broker's connect until the
        // client is told to disconnect, as a real client's Disconnect cancels a connect in progress.
        using var attempting = new SemaphoreSlim(0);
        m.Mqtt.DuringConnect = () =>
        {
            attempting.Release();
            m.Mqtt.Disconnecting.Wait();
        };
        m.Mqtt.DropLink();
        Expect("+MQTTDISCONNECTED:0\r\n", m.Uart.Take());
        Assert.IsTrue(attempting.Wait(10000), "the module reconnects by itself");
        int callsBefore = m.Mqtt.CallsSnapshot().Length;
        // The broker accepts the attempt that was under way when the host cleaned: the module must
        // not take that link, and CLEAN answers only once the attempt has ended and closed it …
        m.Mqtt.ConnectResult = ConnectOutcome.Connected;
        Expect("\r\nOK\r\n", m.Send("AT+MQTTCLEAN=0\r\n"));
        CollectionAssert.AreEqual(new[] { "disconnect", "disconnect" }, m.Mqtt.CallsSnapshot()[callsBefore..]);
        Assert.AreEqual(0, m.State);
        Expect("", m.Uart.Take());
        // … nor try again: the host's next connect is the broker's next one.
        m.Mqtt.DuringConnect = null;
        m.Configure();
        Expect("+MQTTCONNECTED:0,1,\"other\",\"1883\",\"\",0\r\n\r\nOK\r\n", m.Send("AT+MQTTCONN=0,\"other\",1883,0\r\n"));
        CollectionAssert.AreEqual(new[] { "disconnect", "disconnect", "connect other:1883 timeout=15000" },
            m.Mqtt.CallsSnapshot()[callsBefore..]);
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
