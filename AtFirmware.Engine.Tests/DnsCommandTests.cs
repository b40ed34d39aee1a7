namespace EspAtNano.Tests;

/// <summary>
/// docs/commands/tcpip-settings.md: AT+CIPDNS sets and reports the DNS servers; AT+CIPDOMAIN resolves a name to
/// +CIPDOMAIN:"&lt;IP address&gt;".
/// </summary>
[TestClass]
public sealed class DnsCommandTests
{
    private const string Ok = "\r\nOK\r\n";
    private const string PlainError = "\r\nERROR\r\n";
    private const string Ready = "\r\nready\r\n";

    private static string Err(int code) => $"ERR CODE:0x{code:x8}\r\n" + PlainError;

    private static Module Booted()
    {
        var m = new Module(online: false);
        Expect(Ok, m.Send("AT+SYSLOG=1\r\n"));
        m.Wifi.HostAddresses["broker.example"] = ["2001:db8::1", "203.0.113.7", "203.0.113.8"];
        m.Wifi.HostAddresses["v6.example"] = ["2001:db8::2"];
        return m;
    }

    // AT+CIPDNS

    [TestMethod]
    public void CipDnsQueryShowsAutomaticAndDhcpsServers()
    {
        using var m = Booted();
        Expect("+CIPDNS:0,\"192.168.1.1\"\r\n" + Ok, m.Send("AT+CIPDNS?\r\n"));
    }

    [TestMethod]
    public void CipDns1SetsTheGivenServers()
    {
        using var m = Booted();
        Expect(Ok, m.Send("AT+CIPDNS=1,\"1.1.1.1\",\"8.8.4.4\"\r\n"));
        Expect("+CIPDNS:1,\"1.1.1.1\",\"8.8.4.4\"\r\n" + Ok, m.Send("AT+CIPDNS?\r\n"));
    }

    [TestMethod]
    public void CipDns1WithoutServersTakesEspAtsThreeDefaults()
    {
        using var m = Booted();
        Expect(Ok, m.Send("AT+CIPDNS=1\r\n"));
        Expect("+CIPDNS:1,\"208.67.222.222\",\"114.114.114.114\",\"8.8.8.8\"\r\n" + Ok, m.Send("AT+CIPDNS?\r\n"));
    }

    [TestMethod]
    public void CipDns0GoesBackToDhcpsServers()
    {
        using var m = Booted();
        Expect(Ok, m.Send("AT+CIPDNS=1,\"1.1.1.1\"\r\n"));
        Expect(Ok, m.Send("AT+CIPDNS=0\r\n"));
        Expect("+CIPDNS:0,\"192.168.1.1\"\r\n" + Ok, m.Send("AT+CIPDNS?\r\n"));
    }

    [TestMethod]
    public void CipDnsChecksItsParameters()
    {
        using var m = Booted();
        Expect(Err(0x01060000), m.Send("AT+CIPDNS=1,\"1.1.1.1\",\"1.1.1.2\",\"1.1.1.3\",\"1.1.1.4\"\r\n"));
        Expect(Err(0x01070000), m.Send("AT+CIPDNS=2\r\n"));
        Expect(Err(0x01070001), m.Send("AT+CIPDNS=1,\"1.1.1\"\r\n"));
        Expect(Err(0x01080002), m.Send("AT+CIPDNS=1,\"1.1.1.1\",8\r\n"));
        Expect(Err(0x01070002), m.Send("AT+CIPDNS=1,\"1.1.1.1\",\"1.1.1.1\"\r\n"));
        Expect("+CIPDNS:0,\"192.168.1.1\"\r\n" + Ok, m.Send("AT+CIPDNS?\r\n"));
    }

    [TestMethod]
    public void ARefusedCipDnsAnswersErrorAndKeepsTheSetting()
    {
        using var m = Booted();
        m.Wifi.RefuseSettings = "no API";
        Expect(PlainError, m.Send("AT+CIPDNS=1,\"1.1.1.1\"\r\n"));
        Assert.IsTrue(m.Log.Any("wifi: cannot set the DNS servers: no API"));
        Expect("+CIPDNS:0,\"192.168.1.1\"\r\n" + Ok, m.Send("AT+CIPDNS?\r\n"));
    }

    [TestMethod]
    public void CipDnsSurvivesAtRst()
    {
        using var m = Booted();
        Expect(Ok, m.Send("AT+CIPDNS=1,\"1.1.1.1\"\r\n"));
        Expect(Ok + Ready, m.Send("AT+RST\r\n"));
        m.Send("ATE0\r\n");
        Expect("+CIPDNS:1,\"1.1.1.1\"\r\n" + Ok, m.Send("AT+CIPDNS?\r\n"));
    }

    // AT+CIPDOMAIN

    [TestMethod]
    public void CipDomainPrintsTheFirstIpv4Address()
    {
        using var m = Booted();
        Expect("+CIPDOMAIN:\"203.0.113.7\"\r\n" + Ok, m.Send("AT+CIPDOMAIN=\"broker.example\"\r\n"));
        CollectionAssert.Contains(m.Wifi.CallsSnapshot(), "resolve broker.example 1 timeout=20000");
    }

    [TestMethod]
    public void CipDomainPrefersIpv4ButFallsBackToIpv6()
    {
        using var m = Booted();
        Expect("+CIPDOMAIN:\"2001:db8::2\"\r\n" + Ok, m.Send("AT+CIPDOMAIN=\"v6.example\"\r\n"));
        Expect(PlainError, m.Send("AT+CIPDOMAIN=\"v6.example\",2\r\n"));
        Expect("+CIPDOMAIN:\"2001:db8::1\"\r\n" + Ok, m.Send("AT+CIPDOMAIN=\"broker.example\",3\r\n"));
    }

    [TestMethod]
    public void CipDomainShowAllPrintsEveryAddress()
    {
        using var m = Booted();
        Expect("+CIPDOMAIN:\"203.0.113.7\"\r\n+CIPDOMAIN:\"203.0.113.8\"\r\n" + Ok,
            m.Send("AT+CIPDOMAIN=\"broker.example\",1,5000,1\r\n"));
        CollectionAssert.Contains(m.Wifi.CallsSnapshot(), "resolve broker.example 1 timeout=5000");
    }

    [TestMethod]
    public void AnUnknownNameAnswersErrorAndLogsWhy()
    {
        using var m = Booted();
        Expect(PlainError, m.Send("AT+CIPDOMAIN=\"nowhere.example\"\r\n"));
        Assert.IsTrue(m.Log.Any("dns: \"nowhere.example\" did not resolve: scripted: unknown host"));
    }

    [TestMethod]
    public void CipDomainChecksItsParameters()
    {
        using var m = Booted();
        Expect(Err(0x01060000), m.Send("AT+CIPDOMAIN=\"a\",1,0,0,0\r\n"));
        Expect(Err(0x01070000), m.Send("AT+CIPDOMAIN=\"\"\r\n"));
        Expect(Err(0x01080000), m.Send("AT+CIPDOMAIN=broker\r\n"));
        Expect(Err(0x01070001), m.Send("AT+CIPDOMAIN=\"a\",4\r\n"));
        Expect(Err(0x01070002), m.Send("AT+CIPDOMAIN=\"a\",1,60001\r\n"));
        Expect(Err(0x01070003), m.Send("AT+CIPDOMAIN=\"a\",1,0,2\r\n"));
    }

    [TestMethod]
    public void CipDomainAnswersErrorWhenWifiIsOff()
    {
        using var m = Booted();
        Expect(Ok, m.Send("AT+CWMODE=0\r\n"));
        Expect(PlainError, m.Send("AT+CIPDOMAIN=\"broker.example\"\r\n"));
    }
}
