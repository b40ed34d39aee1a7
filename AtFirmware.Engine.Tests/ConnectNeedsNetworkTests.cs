namespace EspAtNano.Tests;

/// <summary>
/// docs/commands/mqtt.md#atmqttconn: AT+MQTTCONN while the station has no IP address fails at
/// once, as a broker that cannot be reached: +MQTTDISCONNECTED:0 and 0x600B; the broker is never asked.
/// </summary>
[TestClass]
public sealed class ConnectNeedsNetworkTests
{
    private const string NoNetwork = "+MQTTDISCONNECTED:0\r\nERR CODE:0x010a600b\r\n\r\nERROR\r\n";

    [TestMethod]
    public void WithoutAJoinedApMqttConnFailsWithoutAskingTheBroker()
    {
        using var m = new Module(online: false);
        m.Configure();
        Expect(NoNetwork, m.Send("AT+MQTTCONN=0,\"broker\",1883,0\r\n"));
        Assert.AreEqual(0, m.Mqtt.ConnectCount);
        Expect("+MQTTCONN:0,2,1,\"\",\"\",\"\",0\r\n\r\nOK\r\n", m.Send("AT+MQTTCONN?\r\n"));
    }

    [TestMethod]
    public void OnceJoinedTheSameConnectSucceeds()
    {
        using var m = new Module(online: false);
        m.Configure();
        Expect(NoNetwork, m.Send("AT+MQTTCONN=0,\"broker\",1883,0\r\n"));
        Expect("WIFI CONNECTED\r\nWIFI GOT IP\r\n\r\nOK\r\n", m.Send("AT+CWJAP=\"home\",\"secret\"\r\n"));
        Expect("+MQTTCONNECTED:0,1,\"broker\",\"1883\",\"\",0\r\n\r\nOK\r\n", m.Send("AT+MQTTCONN=0,\"broker\",1883,0\r\n"));
    }
}
