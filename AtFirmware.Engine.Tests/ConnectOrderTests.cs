using System.Text;

namespace EspAtNano.Tests;

/// <summary>
/// docs/urcs.md: +MQTTCONNECTED is written before any +MQTTSUBRECV of that connection; messages a
/// broker delivers right after CONNACK (a persistent session's queue, retained messages) follow
/// it in arrival order.
/// </summary>
[TestClass]
public sealed class ConnectOrderTests
{
    [TestMethod]
    public void MessagesDeliveredDuringAConnectComeAfterConnectedAndOk()
    {
        using var m = new Module();
        m.Configure();
        m.Mqtt.DuringConnect = () =>
        {
            m.Mqtt.Deliver("q", Encoding.ASCII.GetBytes("1"), 1);
            m.Mqtt.Deliver("q", Encoding.ASCII.GetBytes("2"), 1);
        };
        Expect("+MQTTCONNECTED:0,1,\"broker\",\"1883\",\"\",0\r\n\r\nOK\r\n"
            + "+MQTTSUBRECV:0,\"q\",1,1\r\n+MQTTSUBRECV:0,\"q\",1,2\r\n",
            m.Send("AT+MQTTCONN=0,\"broker\",1883,0\r\n"));
    }

    [TestMethod]
    public void MessagesDeliveredDuringAnAutomaticReconnectComeAfterItsConnected()
    {
        using var m = new Module();
        m.Connect(reconnect: 1);
        m.Mqtt.DuringConnect = () => m.Mqtt.Deliver("q", Encoding.ASCII.GetBytes("1"), 1);
        m.Mqtt.DropLink();
        Assert.IsTrue(m.Uart.WaitFor("+MQTTSUBRECV"), Show(m.Uart.All));
        Expect("+MQTTDISCONNECTED:0\r\n+MQTTCONNECTED:0,1,\"broker\",\"1883\",\"\",1\r\n+MQTTSUBRECV:0,\"q\",1,1\r\n", m.Uart.Take());
    }

    [TestMethod]
    public void MessagesOfAFailedConnectFollowItsAnswerSoNoneIsLost()
    {
        using var m = new Module();
        m.Configure();
        m.Mqtt.ConnectResult = ConnectOutcome.ClientStartFailed;
        m.Mqtt.DuringConnect = () => m.Mqtt.Deliver("q", Encoding.ASCII.GetBytes("1"), 1);
        Expect("+MQTTDISCONNECTED:0\r\nERR CODE:0x010a600b\r\n\r\nERROR\r\n+MQTTSUBRECV:0,\"q\",1,1\r\n",
            m.Send("AT+MQTTCONN=0,\"broker\",1883,0\r\n"));
    }

    [TestMethod]
    public void ALinkLostRightAfterConnackFailsTheConnectInsteadOfLeavingItConnectedButDead()
    {
        using var m = new Module();
        m.Configure();
        m.Mqtt.DuringConnect = () => m.Mqtt.DropLink();
        Expect("+MQTTDISCONNECTED:0\r\nERR CODE:0x010a600b\r\n\r\nERROR\r\n", m.Send("AT+MQTTCONN=0,\"broker\",1883,0\r\n"));
        Assert.AreEqual(2, m.State);
        Assert.IsTrue(m.Log.Any("link lost"), string.Join("; ", m.Log.Snapshot()));
    }
}
