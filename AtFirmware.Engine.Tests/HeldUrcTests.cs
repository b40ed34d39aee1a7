using System.Text;

namespace EspAtNano.Tests;

/// <summary>
/// docs/urcs.md: URCs that arrive while the host cannot take them (a raw-data window) are held and
/// written in order when the window closes; what is held is bounded. At the bound nothing QoS
/// 1/2 promises is dropped — the message waits, and so does its acknowledgement — while QoS 0
/// messages are dropped and counted in the log.
/// </summary>
[TestClass]
public sealed class HeldUrcTests
{
    private const int Bound = 1024;

    private static Module Opened()
    {
        var m = new Module(configure: o => o.HeldUrcBytes = Bound);
        m.Connect();
        m.Subscribe("t", 1);
        Expect("\r\nOK\r\n\r\n>", m.Send("AT+MQTTPUBRAW=0,\"p\",4,0,0\r\n"));
        return m;
    }

    private static byte[] Payload(int size, char fill) => Encoding.ASCII.GetBytes(new string(fill, size));

    [TestMethod]
    public void QoS0MessagesPastTheBoundAreDroppedAndCounted()
    {
        using var m = Opened();
        m.Mqtt.Deliver("t", Payload(600, 'a'), 0);
        m.Mqtt.Deliver("t", Payload(600, 'b'), 0);
        m.Mqtt.Deliver("t", Payload(600, 'c'), 0);
        string after = m.Send("data");
        Assert.IsTrue(after.EndsWith("+MQTTPUB:OK\r\n", StringComparison.Ordinal));
        Assert.IsTrue(after.Contains(new string('a', 600)));
        Assert.IsFalse(after.Contains(new string('b', 600)) || after.Contains(new string('c', 600)));
        Assert.IsTrue(m.Log.Any("dropped a QoS 0 message (2 so far)"), string.Join("; ", m.Log.Snapshot()));
    }

    [TestMethod]
    public void AQoS1MessagePastTheBoundWaitsUntilTheWindowClosesAndIsThenWrittenInOrder()
    {
        using var m = Opened();
        m.Mqtt.Deliver("t", Payload(600, 'a'), 1);
        var waiting = new Thread(() => m.Mqtt.Deliver("t", Payload(600, 'b'), 1));
        waiting.Start();
        // The client's thread is held inside OnMessage: its acknowledgement waits with it.
        Assert.IsTrue(SpinWait.SpinUntil(() => waiting.ThreadState.HasFlag(ThreadState.WaitSleepJoin), 10000),
            "the QoS 1 message was not held back");
        Assert.AreEqual("", m.Uart.Take());
        m.Feed(Encoding.ASCII.GetBytes("data"));
        Assert.IsTrue(waiting.Join(10000), "the waiting message was not released when the window closed");
        m.Idle();
        string output = m.Uart.Take();
        int a = output.IndexOf(new string('a', 600), StringComparison.Ordinal);
        int b = output.IndexOf(new string('b', 600), StringComparison.Ordinal);
        Assert.IsTrue(a >= 0 && b > a, Show(output));
        Assert.IsFalse(m.Log.Any("dropped"));
    }

    [TestMethod]
    public void OneMessageLargerThanTheBoundStillPassesWhenNothingElseIsHeld()
    {
        using var m = Opened();
        m.Mqtt.Deliver("t", Payload(3000, 'x'), 1);
        Assert.IsTrue(m.Send("data").StartsWith("+MQTTSUBRECV:0,\"t\",3000,", StringComparison.Ordinal));
    }

    [TestMethod]
    public void LinkURCsAreNeverDroppedAtTheBound()
    {
        using var m = Opened();
        m.Mqtt.Deliver("t", Payload(1000, 'a'), 0);
        m.Mqtt.DropLink();
        Assert.IsTrue(m.Send("data").Contains("+MQTTDISCONNECTED:0\r\n"));
    }
}
