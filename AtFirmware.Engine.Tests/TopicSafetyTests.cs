using System.Text;

namespace EspAtNano.Tests;

/// <summary>
/// A topic from the broker that contains CR, LF or NUL, or is not valid UTF-8, is never
/// written to the UART, where it could forge lines (a fake OK, a fake +MQTTDISCONNECTED):
/// the message is dropped and the log says why.
/// </summary>
[TestClass]
public sealed class TopicSafetyTests
{
    [TestMethod]
    [DataRow(new byte[] { (byte)'i', (byte)'/', (byte)'"', 13, 10, (byte)'O', (byte)'K', 13, 10 }, "CR, LF or NUL")]
    [DataRow(new byte[] { (byte)'a', 10, (byte)'b' }, "CR, LF or NUL")]
    [DataRow(new byte[] { (byte)'a', 13 }, "CR, LF or NUL")]
    [DataRow(new byte[] { (byte)'a', 0, (byte)'b' }, "CR, LF or NUL")]
    [DataRow(new byte[] { (byte)'a', 0xC3, 0x28 }, "not valid UTF-8")]
    [DataRow(new byte[] { 0xFF }, "not valid UTF-8")]
    [DataRow(new byte[] { 0xC0, 0xAF }, "not valid UTF-8")]
    [DataRow(new byte[] { 0xED, 0xA0, 0x80 }, "not valid UTF-8")]
    [DataRow(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, "not valid UTF-8")]
    [DataRow(new byte[] { (byte)'a', 0xE2, 0x82 }, "not valid UTF-8")]
    public void AnUnsafeTopicIsDroppedAndLogged(byte[] topic, string why)
    {
        using var m = new Module();
        m.Connect();
        m.Mqtt.Deliver(topic, Encoding.ASCII.GetBytes("x"), 1);
        m.Mqtt.Deliver("ok/topic", Encoding.ASCII.GetBytes("y"));
        Expect("+MQTTSUBRECV:0,\"ok/topic\",1,y\r\n", m.Uart.Take());
        Assert.IsTrue(m.Log.Any("dropped a message (1 bytes): its topic cannot be written to the UART, it " + (why.StartsWith("not", StringComparison.Ordinal) ? "is " : "contains ") + why),
            string.Join("; ", m.Log.Snapshot()));
    }

    [TestMethod]
    public void AValidUtf8TopicIsWrittenAsItCame()
    {
        using var m = new Module();
        m.Connect();
        byte[] topic = Encoding.UTF8.GetBytes("häuser/€/😀");
        m.Mqtt.Deliver(topic, Encoding.ASCII.GetBytes("v"));
        Expect("+MQTTSUBRECV:0,\"" + Encoding.Latin1.GetString(topic) + "\",1,v\r\n", m.Uart.Take());
    }
}
