namespace EspAtNano.Tests;

/// <summary>
/// docs/commands/wifi-and-time.md and tcpip-settings.md: the Wi-Fi and interface commands host drivers send during
/// init — AT+CWINIT, AT+CWSTATE, AT+CWAUTOCONN, AT+CWCOUNTRY, AT+CWHOSTNAME, AT+CWDHCP, AT+CIPSTA, AT+CIPSTAMAC,
/// AT+CIFSR, AT+CIPSTATUS, AT+CIPSTATE.
/// </summary>
[TestClass]
public sealed class WifiSettingCommandTests
{
    private const string Ok = "\r\nOK\r\n";
    private const string PlainError = "\r\nERROR\r\n";
    private const string Joined = "WIFI CONNECTED\r\nWIFI GOT IP\r\n\r\nOK\r\n";
    private const string Disconnect = "WIFI DISCONNECT\r\n";
    private const string Ready = "\r\nready\r\n";

    private static string Err(int code) => $"ERR CODE:0x{code:x8}\r\n" + PlainError;

    private static string CountErr => Err(0x01060000);

    private static string Invalid(int index) => Err(0x01070000 | index);

    private static string Unparsable(int index) => Err(0x01080000 | index);

    private static Module Booted()
    {
        var m = new Module(online: false);
        Expect(Ok, m.Send("AT+SYSLOG=1\r\n"));
        return m;
    }

    private static void Join(Module m, string ssid = "home", string password = "secret") =>
        Expect(Joined, m.Send($"AT+CWJAP=\"{ssid}\",\"{password}\"\r\n"));

    private static void Restart(Module m)
    {
        Expect(Ok + Ready, m.Send("AT+RST\r\n"));
        m.Send("ATE0\r\nAT+SYSLOG=1\r\n");
    }

    // AT+CWINIT

    [TestMethod]
    public void CwInitIs1AfterBoot()
    {
        using var m = Booted();
        Expect("+CWINIT:1\r\n" + Ok, m.Send("AT+CWINIT?\r\n"));
    }

    [TestMethod]
    public void CwInit0LeavesTheApAndJoinsAnswerErrorUntilCwInit1()
    {
        using var m = Booted();
        Join(m);
        Expect(Ok + Disconnect, m.Send("AT+CWINIT=0\r\n"));
        Expect("+CWINIT:0\r\n" + Ok, m.Send("AT+CWINIT?\r\n"));
        Expect(PlainError, m.Send("AT+CWJAP=\"home\",\"secret\"\r\n"));
        Expect(Ok, m.Send("AT+CWINIT=1\r\n"));
        Join(m);
    }

    [TestMethod]
    public void CwInitIsNotSavedAtRst()
    {
        using var m = Booted();
        Expect(Ok, m.Send("AT+CWINIT=0\r\n"));
        Restart(m);
        Expect("+CWINIT:1\r\n" + Ok, m.Send("AT+CWINIT?\r\n"));
    }

    [TestMethod]
    [DataRow("AT+CWINIT=2", "invalid")]
    [DataRow("AT+CWINIT=x", "unparsable")]
    [DataRow("AT+CWINIT=1,1", "count")]
    public void CwInitTakesOne0Or1(string line, string expected)
    {
        using var m = Booted();
        Expect(expected switch { "invalid" => Invalid(0), "unparsable" => Unparsable(0), _ => CountErr }, m.Send(line + "\r\n"));
    }

    // AT+CWSTATE

    [TestMethod]
    public void CwStateIs0WithNoSsidBeforeAnyJoin()
    {
        using var m = Booted();
        Expect("+CWSTATE:0,\"\"\r\n" + Ok, m.Send("AT+CWSTATE?\r\n"));
    }

    [TestMethod]
    public void CwStateIs2WithTheSsidWhenJoined()
    {
        using var m = Booted();
        Join(m);
        Expect("+CWSTATE:2,\"home\"\r\n" + Ok, m.Send("AT+CWSTATE?\r\n"));
    }

    [TestMethod]
    public void CwStateIs4WithTheTargetAfterAFailedJoin()
    {
        using var m = Booted();
        Expect("+CWJAP:2\r\n" + PlainError, m.Send("AT+CWJAP=\"home\",\"wrong\"\r\n"));
        Expect("+CWSTATE:4,\"home\"\r\n" + Ok, m.Send("AT+CWSTATE?\r\n"));
    }

    [TestMethod]
    public void CwStateIs4WhenTheApGoesAway()
    {
        using var m = Booted();
        Join(m);
        m.Wifi.LoseAp();
        Expect(Disconnect, m.Uart.Take());
        Expect("+CWSTATE:4,\"home\"\r\n" + Ok, m.Send("AT+CWSTATE?\r\n"));
    }

    [TestMethod]
    public void CwStateIs0AfterCwqap()
    {
        using var m = Booted();
        Join(m);
        Expect(Ok + Disconnect, m.Send("AT+CWQAP\r\n"));
        Expect("+CWSTATE:0,\"\"\r\n" + Ok, m.Send("AT+CWSTATE?\r\n"));
    }

    // AT+CWAUTOCONN

    [TestMethod]
    public void CwAutoConnIs1AfterBootAndSurvivesRst()
    {
        using var m = Booted();
        Expect("+CWAUTOCONN:1\r\n" + Ok, m.Send("AT+CWAUTOCONN?\r\n"));
        Expect(Ok, m.Send("AT+CWAUTOCONN=0\r\n"));
        Expect("+CWAUTOCONN:0\r\n" + Ok, m.Send("AT+CWAUTOCONN?\r\n"));
        Restart(m);
        Expect("+CWAUTOCONN:0\r\n" + Ok, m.Send("AT+CWAUTOCONN?\r\n"));
    }

    [TestMethod]
    [DataRow("AT+CWAUTOCONN=2", "invalid")]
    [DataRow("AT+CWAUTOCONN=", "unparsable")]
    [DataRow("AT+CWAUTOCONN=1,1", "count")]
    public void CwAutoConnTakesOne0Or1(string line, string expected)
    {
        using var m = Booted();
        Expect(expected switch { "invalid" => Invalid(0), "unparsable" => Unparsable(0), _ => CountErr }, m.Send(line + "\r\n"));
    }

    // AT+CWCOUNTRY

    [TestMethod]
    public void CwCountryIsEspAtsFactoryDefaultAfterBoot()
    {
        using var m = Booted();
        Expect("+CWCOUNTRY:1,\"CN\",1,13\r\n" + Ok, m.Send("AT+CWCOUNTRY?\r\n"));
    }

    [TestMethod]
    public void CwCountrySetIsAppliedToThePlatformAndReported()
    {
        using var m = Booted();
        Expect(Ok, m.Send("AT+CWCOUNTRY=0,\"US\",1,11\r\n"));
        Expect("+CWCOUNTRY:0,\"US\",1,11\r\n" + Ok, m.Send("AT+CWCOUNTRY?\r\n"));
        Assert.AreEqual("country 0 US 1 11", m.Wifi.CallsSnapshot().Last());
    }

    [TestMethod]
    public void CwCountryIsNotSavedAtRstAndThePlatformGetsTheDefaultBack()
    {
        using var m = Booted();
        Expect(Ok, m.Send("AT+CWCOUNTRY=1,\"JP\",1,14\r\n"));
        Restart(m);
        Expect("+CWCOUNTRY:1,\"CN\",1,13\r\n" + Ok, m.Send("AT+CWCOUNTRY?\r\n"));
        Assert.AreEqual("CN", m.Wifi.Country!.Code);
    }

    [TestMethod]
    [DataRow("AT+CWCOUNTRY=2,\"US\",1,11", 0x01070000)]
    [DataRow("AT+CWCOUNTRY=1,\"USAX\",1,11", 0x01070001)]
    [DataRow("AT+CWCOUNTRY=1,\"\",1,11", 0x01070001)]
    [DataRow("AT+CWCOUNTRY=1,\"U S\",1,11", 0x01070001)]
    [DataRow("AT+CWCOUNTRY=1,\"US\",0,11", 0x01070002)]
    [DataRow("AT+CWCOUNTRY=1,\"US\",15,1", 0x01070002)]
    [DataRow("AT+CWCOUNTRY=1,\"US\",5,11", 0x01070003)]
    [DataRow("AT+CWCOUNTRY=1,\"US\",1,0", 0x01070003)]
    [DataRow("AT+CWCOUNTRY=1,US,1,11", 0x01080001)]
    [DataRow("AT+CWCOUNTRY=1,\"US\",1", 0x01060000)]
    public void CwCountryChecksPolicyCodeAndChannelsWithin1To14(string line, int code)
    {
        using var m = Booted();
        Expect(Err(code), m.Send(line + "\r\n"));
        Expect("+CWCOUNTRY:1,\"CN\",1,13\r\n" + Ok, m.Send("AT+CWCOUNTRY?\r\n"));
    }

    [TestMethod]
    public void CwCountryThePlatformRefusesIsErrorAndNotRemembered()
    {
        using var m = Booted();
        m.Wifi.RefuseSettings = "no API";
        Expect(PlainError, m.Send("AT+CWCOUNTRY=1,\"US\",1,11\r\n"));
        Expect("+CWCOUNTRY:1,\"CN\",1,13\r\n" + Ok, m.Send("AT+CWCOUNTRY?\r\n"));
        Assert.IsTrue(m.Log.Any("wifi: cannot set the country: no API"));
    }

    // AT+CWHOSTNAME

    [TestMethod]
    public void CwHostNameQueryPrintsTheNameUnquoted()
    {
        using var m = Booted();
        Expect("+CWHOSTNAME:espressif\r\n" + Ok, m.Send("AT+CWHOSTNAME?\r\n"));
    }

    [TestMethod]
    public void CwHostNameSetIsAppliedToThePlatform()
    {
        using var m = Booted();
        Expect(Ok, m.Send("AT+CWHOSTNAME=\"my-sensor\"\r\n"));
        Expect("+CWHOSTNAME:my-sensor\r\n" + Ok, m.Send("AT+CWHOSTNAME?\r\n"));
    }

    [TestMethod]
    public void CwHostNameIsNotSavedAtRst()
    {
        using var m = Booted();
        Expect(Ok, m.Send("AT+CWHOSTNAME=\"my-sensor\"\r\n"));
        Restart(m);
        Expect("+CWHOSTNAME:espressif\r\n" + Ok, m.Send("AT+CWHOSTNAME?\r\n"));
    }

    [TestMethod]
    public void CwHostNameSetOutsideStationModeIsError()
    {
        using var m = Booted();
        Expect(Ok, m.Send("AT+CWMODE=0\r\n"));
        Expect(PlainError, m.Send("AT+CWHOSTNAME=\"my-sensor\"\r\n"));
    }

    [TestMethod]
    [DataRow("AT+CWHOSTNAME=\"\"", 0x01070000)]
    [DataRow("AT+CWHOSTNAME=\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"", 0x01070000)]
    [DataRow("AT+CWHOSTNAME=\"a b\"", 0x01070000)]
    [DataRow("AT+CWHOSTNAME=abc", 0x01080000)]
    [DataRow("AT+CWHOSTNAME=\"a\",\"b\"", 0x01060000)]
    public void CwHostNameIs1To32HostNameBytes(string line, int code)
    {
        using var m = Booted();
        Expect(Err(code), m.Send(line + "\r\n"));
    }

    [TestMethod]
    public void CwHostNameTakes32Bytes()
    {
        using var m = Booted();
        Expect(Ok, m.Send($"AT+CWHOSTNAME=\"{new string('a', 32)}\"\r\n"));
    }

    [TestMethod]
    public void CwHostNameWhereThePlatformCannotTellOrSetItIsError()
    {
        using var m = Booted();
        m.Wifi.KnowsHostName = false;
        m.Wifi.RefuseSettings = "no API";
        Expect(PlainError, m.Send("AT+CWHOSTNAME?\r\n"));
        Expect(PlainError, m.Send("AT+CWHOSTNAME=\"my-sensor\"\r\n"));
    }

    // AT+CWDHCP

    [TestMethod]
    public void CwDhcpIs3AfterBoot()
    {
        using var m = Booted();
        Expect("+CWDHCP:3\r\n" + Ok, m.Send("AT+CWDHCP?\r\n"));
    }

    [TestMethod]
    public void CwDhcpBit0SwitchesTheStationsDhcpClient()
    {
        using var m = Booted();
        Expect(Ok, m.Send("AT+CWDHCP=0,1\r\n"));
        Assert.IsFalse(m.Wifi.IsDhcpEnabled);
        Expect("+CWDHCP:2\r\n" + Ok, m.Send("AT+CWDHCP?\r\n"));
        Expect(Ok, m.Send("AT+CWDHCP=1,1\r\n"));
        Assert.IsTrue(m.Wifi.IsDhcpEnabled);
        Expect("+CWDHCP:3\r\n" + Ok, m.Send("AT+CWDHCP?\r\n"));
    }

    [TestMethod]
    public void CwDhcpBit1IsRememberedWithoutTouchingTheStation()
    {
        using var m = Booted();
        Expect(Ok, m.Send("AT+CWDHCP=0,2\r\n"));
        Expect("+CWDHCP:1\r\n" + Ok, m.Send("AT+CWDHCP?\r\n"));
        Assert.IsFalse(m.Wifi.CallsSnapshot().Any(c => c.StartsWith("dhcp", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void CwDhcpOnDropsAStaticAddress()
    {
        using var m = Booted();
        Expect(Ok, m.Send("AT+CIPSTA=\"10.0.0.7\"\r\n"));
        Expect(Ok, m.Send("AT+CWDHCP=1,1\r\n"));
        Expect("+CIPSTA:ip:\"0.0.0.0\"\r\n+CIPSTA:gateway:\"0.0.0.0\"\r\n+CIPSTA:netmask:\"0.0.0.0\"\r\n" + Ok,
            m.Send("AT+CIPSTA?\r\n"));
    }

    [TestMethod]
    [DataRow("AT+CWDHCP=2,1", 0x01070000)]
    [DataRow("AT+CWDHCP=1,4", 0x01070001)]
    [DataRow("AT+CWDHCP=1,x", 0x01080001)]
    [DataRow("AT+CWDHCP=1", 0x01060000)]
    public void CwDhcpTakesOperateAndMode(string line, int code)
    {
        using var m = Booted();
        Expect(Err(code), m.Send(line + "\r\n"));
    }

    [TestMethod]
    public void CwDhcpThePlatformRefusesIsError()
    {
        using var m = Booted();
        m.Wifi.RefuseSettings = "stack says no";
        Expect(PlainError, m.Send("AT+CWDHCP=0,1\r\n"));
        Assert.IsTrue(m.Log.Any("wifi: cannot set the station DHCP: stack says no"));
    }

    // AT+CIPSTA

    [TestMethod]
    public void CipStaIsAllZeroBeforeAJoin()
    {
        using var m = Booted();
        Expect("+CIPSTA:ip:\"0.0.0.0\"\r\n+CIPSTA:gateway:\"0.0.0.0\"\r\n+CIPSTA:netmask:\"0.0.0.0\"\r\n" + Ok,
            m.Send("AT+CIPSTA?\r\n"));
    }

    [TestMethod]
    public void CipStaReportsTheLeaseWhenJoined()
    {
        using var m = Booted();
        Join(m);
        Expect("+CIPSTA:ip:\"192.168.1.50\"\r\n+CIPSTA:gateway:\"192.168.1.1\"\r\n+CIPSTA:netmask:\"255.255.255.0\"\r\n" + Ok,
            m.Send("AT+CIPSTA?\r\n"));
    }

    [TestMethod]
    public void CipStaSetsAStaticAddressAndTurnsDhcpOff()
    {
        using var m = Booted();
        Expect(Ok, m.Send("AT+CIPSTA=\"192.168.6.100\",\"192.168.6.1\",\"255.255.255.0\"\r\n"));
        Expect("+CIPSTA:ip:\"192.168.6.100\"\r\n+CIPSTA:gateway:\"192.168.6.1\"\r\n+CIPSTA:netmask:\"255.255.255.0\"\r\n" + Ok,
            m.Send("AT+CIPSTA?\r\n"));
        Expect("+CWDHCP:2\r\n" + Ok, m.Send("AT+CWDHCP?\r\n"));
    }

    [TestMethod]
    public void CipStaWithTheAddressAloneTakesTheSubnetsDot1AndA24BitMask()
    {
        using var m = Booted();
        Expect(Ok, m.Send("AT+CIPSTA=\"010.0.3.9\"\r\n"));
        Assert.AreEqual("static 10.0.3.9 10.0.3.1 255.255.255.0", m.Wifi.CallsSnapshot().Last());
    }

    [TestMethod]
    [DataRow("AT+CIPSTA=\"10.0.0\"", 0x01070000)]
    [DataRow("AT+CIPSTA=\"10.0.0.256\"", 0x01070000)]
    [DataRow("AT+CIPSTA=\"10.0.0.1.2\"", 0x01070000)]
    [DataRow("AT+CIPSTA=\"10..0.1\"", 0x01070000)]
    [DataRow("AT+CIPSTA=\"10.0.0.1 \"", 0x01070000)]
    [DataRow("AT+CIPSTA=\"10.0.0.1\",\"10.0.0.x\",\"255.0.0.0\"", 0x01070001)]
    [DataRow("AT+CIPSTA=\"10.0.0.1\",\"10.0.0.2\",\"\"", 0x01070002)]
    [DataRow("AT+CIPSTA=10.0.0.1", 0x01080000)]
    [DataRow("AT+CIPSTA=\"10.0.0.1\",\"10.0.0.2\"", 0x01060000)]
    [DataRow("AT+CIPSTA=\"1.1.1.1\",\"1.1.1.1\",\"1.1.1.1\",\"1.1.1.1\"", 0x01060000)]
    public void CipStaTakesDottedQuadsAndTheGatewayWithTheNetmask(string line, int code)
    {
        using var m = Booted();
        Expect(Err(code), m.Send(line + "\r\n"));
        Assert.IsTrue(m.Wifi.IsDhcpEnabled);
    }

    [TestMethod]
    public void CipStaSetOutsideStationModeIsError()
    {
        using var m = Booted();
        Expect(Ok, m.Send("AT+CWMODE=0\r\n"));
        Expect(PlainError, m.Send("AT+CIPSTA=\"10.0.0.7\"\r\n"));
    }

    [TestMethod]
    public void CipStaThePlatformRefusesIsError()
    {
        using var m = Booted();
        m.Wifi.RefuseSettings = "stack says no";
        Expect(PlainError, m.Send("AT+CIPSTA=\"10.0.0.7\"\r\n"));
    }

    // AT+CIPSTAMAC, AT+CIFSR

    [TestMethod]
    public void CipStaMacQuotesTheStationsMac()
    {
        using var m = Booted();
        Expect("+CIPSTAMAC:\"24:0a:c4:12:34:56\"\r\n" + Ok, m.Send("AT+CIPSTAMAC?\r\n"));
    }

    [TestMethod]
    public void CifsrPrintsTheStationsAddressAndMac()
    {
        using var m = Booted();
        Expect("+CIFSR:STAIP,\"0.0.0.0\"\r\n+CIFSR:STAMAC,\"24:0a:c4:12:34:56\"\r\n" + Ok, m.Send("AT+CIFSR\r\n"));
        Join(m);
        Expect("+CIFSR:STAIP,\"192.168.1.50\"\r\n+CIFSR:STAMAC,\"24:0a:c4:12:34:56\"\r\n" + Ok, m.Send("AT+CIFSR\r\n"));
    }

    [TestMethod]
    public void CifsrWithWifiOffHasNoInterfaceToPrint()
    {
        using var m = Booted();
        Expect(Ok, m.Send("AT+CWMODE=0\r\n"));
        Expect(Ok, m.Send("AT+CIFSR\r\n"));
    }

    // AT+CIPSTATUS, AT+CIPSTATE

    [TestMethod]
    public void CipStatusFollowsTheStation()
    {
        using var m = Booted();
        Expect("STATUS:1\r\n" + Ok, m.Send("AT+CIPSTATUS\r\n"));
        Join(m);
        Expect("STATUS:2\r\n" + Ok, m.Send("AT+CIPSTATUS\r\n"));
        m.Wifi.LoseAp();
        Expect(Disconnect, m.Uart.Take());
        Expect("STATUS:5\r\n" + Ok, m.Send("AT+CIPSTATUS\r\n"));
    }

    [TestMethod]
    public void CipStatusIs0WithWifiOffOrTheDriverDown()
    {
        using var m = Booted();
        Expect(Ok, m.Send("AT+CWMODE=0\r\n"));
        Expect("STATUS:0\r\n" + Ok, m.Send("AT+CIPSTATUS\r\n"));
        Expect(Ok, m.Send("AT+CWMODE=1\r\n"));
        Expect(Ok, m.Send("AT+CWINIT=0\r\n"));
        Expect("STATUS:0\r\n" + Ok, m.Send("AT+CIPSTATUS\r\n"));
    }

    [TestMethod]
    public void CipStateHasNoSocketsToList()
    {
        using var m = Booted();
        Join(m);
        Expect(Ok, m.Send("AT+CIPSTATE?\r\n"));
    }

    [TestMethod]
    [DataRow("AT+CIPSTATUS?")]
    [DataRow("AT+CIPSTATE")]
    [DataRow("AT+CIPSTAMAC=\"1a:fe:35:98:d3:7b\"")]
    [DataRow("AT+CIFSR?")]
    [DataRow("AT+CWSTATE")]
    public void UndocumentedOrUnofferedFormsArePlainError(string line)
    {
        using var m = Booted();
        Expect(PlainError, m.Send(line + "\r\n"));
    }
}
