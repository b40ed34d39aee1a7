using System.Text;

namespace EspAtNano.Tests;

/// <summary>
/// A new host on the line (the twin's TCP UART accepts another connection) finds a fresh input
/// state: nothing the previous host left unfinished is completed with the new host's bytes.
/// </summary>
[TestClass]
public sealed class NewHostTests
{
    [TestMethod]
    public void ARawBlockCutShortByAVanishedHostIsNeverPublished()
    {
        using var m = new Module();
        m.Connect();
        Expect("\r\nOK\r\n\r\n>", m.Send("AT+MQTTPUBRAW=0,\"p3/raw\",100,1,0\r\n"));
        m.Feed(new byte[50]);
        m.Engine.NewHost();
        for (int i = 0; i < 30; i++)
        {
            Expect("\r\nOK\r\n", m.Send("AT\r\n"));
        }
        Assert.IsFalse(m.Mqtt.CallsSnapshot().Any(c => c.StartsWith("publish", StringComparison.Ordinal)), string.Join("; ", m.Mqtt.CallsSnapshot()));
        Assert.IsTrue(m.Log.Any("the host left after 50 of 100 raw bytes"), string.Join("; ", m.Log.Snapshot()));
    }

    [TestMethod]
    public void APartialLineIsNotMergedIntoTheNextHostsFirstLine()
    {
        using var m = new Module();
        m.Connect();
        m.Feed(Encoding.ASCII.GetBytes("AT+MQTTPUB=0,\"p3/line2\",\"old-host-data"));
        m.Engine.NewHost();
        Expect("ERR CODE:0x01030000\r\n\r\nERROR\r\n", m.Send("\",0,0\r\n"));
        Assert.IsFalse(m.Mqtt.CallsSnapshot().Any(c => c.StartsWith("publish", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void URCsHeldForTheCutShortWindowAreWrittenToTheNewHost()
    {
        using var m = new Module();
        m.Connect();
        m.Subscribe("t");
        Expect("\r\nOK\r\n\r\n>", m.Send("AT+MQTTPUBRAW=0,\"p\",10,0,0\r\n"));
        m.Mqtt.Deliver("t", Encoding.ASCII.GetBytes("held"));
        Assert.AreEqual("", m.Uart.Take());
        m.Engine.NewHost();
        Expect("+MQTTSUBRECV:0,\"t\",4,held\r\n", m.Uart.Take());
    }

    [TestMethod]
    public void ALongPasswordCutShortIsNotStored()
    {
        using var m = new Module();
        m.Configure();
        Expect("\r\nOK\r\n\r\n>", m.Send("AT+MQTTLONGPASSWORD=0,8\r\n"));
        m.Feed(Encoding.ASCII.GetBytes("half"));
        m.Engine.NewHost();
        Expect("\r\nOK\r\n", m.Send("AT\r\n"));
        m.Send("AT+MQTTCONN=0,\"broker\",1883,0\r\n");
        Assert.AreEqual("pw", Encoding.ASCII.GetString(m.Mqtt.LastConnect.Password));
    }
}
