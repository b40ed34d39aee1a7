using System.Text;

namespace EspAtNano.Tests;

/// <summary>docs/commands/basic.md (network part): AT+CWMODE, AT+CWJAP, AT+CWQAP, the WIFI URCs, AT+CIPSNTPCFG, AT+CIPSNTPTIME.</summary>
[TestClass]
public sealed class NetworkCommandTests
{
    private const string Ok = "\r\nOK\r\n";
    private const string PlainError = "\r\nERROR\r\n";
    private const string Joined = "WIFI CONNECTED\r\nWIFI GOT IP\r\n\r\nOK\r\n";
    private const string Disconnect = "WIFI DISCONNECT\r\n";

    private static string Err(int code) => $"ERR CODE:0x{code:x8}\r\n" + PlainError;

    private static string CountErr => Err(0x01060000);

    private static string Invalid(int index) => Err(0x01070000 | index);

    private static string Unparsable(int index) => Err(0x01080000 | index);

    private static string S(int n) => new('a', n);

    private static void Join(Module m) => Expect(Joined, m.Send("AT+CWJAP=\"home\",\"secret\"\r\n"));

    [TestMethod]
    public void CwModeIs1AfterBoot()
    {
        using var m = new Module(online: false);
        Expect("+CWMODE:1\r\n" + Ok, m.Send("AT+CWMODE?\r\n"));
    }

    [TestMethod]
    public void CwModeSets0Or1()
    {
        using var m = new Module(online: false);
        Expect(Ok, m.Send("AT+CWMODE=0\r\n"));
        Expect("+CWMODE:0\r\n" + Ok, m.Send("AT+CWMODE?\r\n"));
        Expect(Ok, m.Send("AT+CWMODE=1\r\n"));
        Expect("+CWMODE:1\r\n" + Ok, m.Send("AT+CWMODE?\r\n"));
    }

    [TestMethod]
    [DataRow("2")]
    [DataRow("3")]
    [DataRow("-1")]
    [DataRow("0x10")]
    public void CwModeOtherModesAreParameterInvalid(string mode)
    {
        using var m = new Module(online: false);
        Expect(Invalid(0), m.Send($"AT+CWMODE={mode}\r\n"));
        Expect("+CWMODE:1\r\n" + Ok, m.Send("AT+CWMODE?\r\n"));
    }

    [TestMethod]
    [DataRow("AT+CWMODE=x", "P0")]
    [DataRow("AT+CWMODE=\"1\"", "P0")]
    [DataRow("AT+CWMODE=", "P0")]
    [DataRow("AT+CWMODE=1,0,1", "count")]
    public void CwModeUnparsableIs0x01080000AndAWrongCountIs0x01060000(string line, string expected)
    {
        using var m = new Module(online: false);
        Expect(expected == "count" ? CountErr : Unparsable(0), m.Send(line + "\r\n"));
    }

    [TestMethod]
    [DataRow("AT+CWMODE=1,0")]
    [DataRow("AT+CWMODE=1,1")]
    [DataRow("AT+CWMODE=0,1")]
    public void CwModeTakesTheOptionalAutoConnect(string line)
    {
        using var m = new Module(online: false);
        Expect(Ok, m.Send(line + "\r\n"));
    }

    [TestMethod]
    [DataRow("AT+CWMODE=1,2", "invalid")]
    [DataRow("AT+CWMODE=1,x", "unparsable")]
    public void CwModeAutoConnectIs0Or1(string line, string expected)
    {
        using var m = new Module(online: false);
        Expect(expected == "invalid" ? Invalid(1) : Unparsable(1), m.Send(line + "\r\n"));
    }

    [TestMethod]
    public void CwMode0WhileJoinedLeavesTheApAndPrintsWifiDisconnectAfterOk()
    {
        using var m = new Module(online: false);
        Join(m);
        Expect(Ok + Disconnect, m.Send("AT+CWMODE=0\r\n"));
        Assert.AreEqual("leave", m.Wifi.CallsSnapshot().Last());
        Expect("No AP\r\n" + Ok, m.Send("AT+CWJAP?\r\n"));
    }

    [TestMethod]
    public void CwMode0WhenNotJoinedIsJustOk()
    {
        using var m = new Module(online: false);
        Expect(Ok, m.Send("AT+CWMODE=0\r\n"));
    }

    [TestMethod]
    public void CwJapJoinsThenPrintsWifiConnectedWifiGotIpAndOk()
    {
        using var m = new Module(online: false);
        Join(m);
        Assert.AreEqual("join home secret timeout=15000", m.Wifi.CallsSnapshot()[0]);
    }

    [TestMethod]
    public void CwJapJoinsAnOpenNetworkWithAnEmptyPassword()
    {
        using var m = new Module(online: false);
        Expect(Joined, m.Send("AT+CWJAP=\"lab\",\"\"\r\n"));
    }

    [TestMethod]
    public void CwJapWhileJoinedFirstPrintsWifiDisconnect()
    {
        using var m = new Module(online: false);
        Join(m);
        Expect(Disconnect + Joined, m.Send("AT+CWJAP=\"lab\",\"\"\r\n"));
        Expect("+CWJAP:\"lab\",\"aa:bb:cc:dd:ee:ff\",6,-52,0,1,3,0,1\r\n" + Ok, m.Send("AT+CWJAP?\r\n"));
    }

    [TestMethod]
    public void CwJapWrongPasswordIsCwjap2ThenPlainError()
    {
        using var m = new Module(online: false);
        Expect("+CWJAP:2\r\n" + PlainError, m.Send("AT+CWJAP=\"home\",\"wrong\"\r\n"));
    }

    [TestMethod]
    public void CwJapUnknownApIsCwjap3ThenPlainError()
    {
        using var m = new Module(online: false);
        Expect("+CWJAP:3\r\n" + PlainError, m.Send("AT+CWJAP=\"nowhere\",\"secret\"\r\n"));
    }

    [TestMethod]
    [DataRow(1)]
    [DataRow(4)]
    public void CwJapTimeoutIsCwjap1AndOtherFailuresCwjap4(int code)
    {
        using var m = new Module(online: false);
        m.Wifi.ForcedResults["home"] = code;
        Expect($"+CWJAP:{code}\r\n" + PlainError, m.Send("AT+CWJAP=\"home\",\"secret\"\r\n"));
        Expect("No AP\r\n" + Ok, m.Send("AT+CWJAP?\r\n"));
    }

    [TestMethod]
    public void CwJapFailingWhileJoinedPrintsWifiDisconnectThenTheCode()
    {
        using var m = new Module(online: false);
        Join(m);
        Expect(Disconnect + "+CWJAP:3\r\n" + PlainError, m.Send("AT+CWJAP=\"nowhere\",\"x\"\r\n"));
    }

    [TestMethod]
    [DataRow("AT+CWJAP=\"home\"", "count")]
    [DataRow("AT+CWJAP=\"home\",\"secret\",,,,,,,,1", "count")]
    [DataRow("AT+CWJAP=home,\"secret\"", "P0")]
    [DataRow("AT+CWJAP=\"\",\"secret\"", "I0")]
    [DataRow("AT+CWJAP=\"s33\",\"secret\"", "I0")]
    [DataRow("AT+CWJAP=\"home\",secret", "P1")]
    [DataRow("AT+CWJAP=\"home\",\"s65\"", "I1")]
    public void CwJapChecksSsid1To32AndPassword0To64BytesWithTheAtCoreCodes(string line, string expected)
    {
        using var m = new Module(online: false);
        line = line.Replace("s33", S(33)).Replace("s65", S(65));
        string answer = expected == "count" ? CountErr
            : expected[0] == 'P' ? Unparsable(expected[1] - '0') : Invalid(expected[1] - '0');
        Expect(answer, m.Send(line + "\r\n"));
        Assert.AreEqual(0, m.Wifi.CallsSnapshot().Length);
    }

    [TestMethod]
    public void CwJapTakesA32ByteSsidAndA64BytePassword()
    {
        using var m = new Module(online: false);
        m.Wifi.Networks[S(32)] = S(64);
        Expect(Joined, m.Send($"AT+CWJAP=\"{S(32)}\",\"{S(64)}\"\r\n"));
    }

    [TestMethod]
    public void CwJapUnescapesSsidAndPassword()
    {
        using var m = new Module(online: false);
        m.Wifi.Networks["a,b"] = "p\"w";
        Expect(Joined, m.Send("AT+CWJAP=\"a\\,b\",\"p\\\"w\"\r\n"));
    }

    [TestMethod]
    public void CwJapInMode0IsPlainErrorAndNothingIsSent()
    {
        using var m = new Module(online: false);
        m.Send("AT+CWMODE=0\r\n");
        Expect(PlainError, m.Send("AT+CWJAP=\"home\",\"secret\"\r\n"));
        CollectionAssert.AreEqual(new[] { "leave" }, m.Wifi.CallsSnapshot());
    }

    [TestMethod]
    public void CwJapAnswersBusyWhileJoining()
    {
        using var m = new Module(online: false);
        m.Wifi.Gate = new ManualResetEventSlim(false);
        m.Feed(Encoding.Latin1.GetBytes("AT+CWJAP=\"home\",\"secret\"\r\n"));
        m.Feed(Encoding.Latin1.GetBytes("AT\r\n"));
        m.Feed(Encoding.Latin1.GetBytes("AT+CWJAP?\r\n"));
        Expect("\r\nbusy p...\r\n\r\nbusy p...\r\n", m.Uart.Take());
        m.Wifi.Gate.Set();
        m.Idle();
        Expect(Joined, m.Uart.Take());
    }

    [TestMethod]
    public void CwJapEventsOfTheJoinAreNotPrintedTwice()
    {
        using var m = new Module(online: false);
        Assert.IsTrue(m.Wifi.RaisesEventsForCommands);
        Join(m);
        Expect(Disconnect + Joined, m.Send("AT+CWJAP=\"home\",\"secret\"\r\n"));
        Expect(Ok + Disconnect, m.Send("AT+CWQAP\r\n"));
        Expect("", m.Uart.Take());
    }

    [TestMethod]
    public void StationEventsAnAdapterReportsLateForACommandAreNotPrintedAgain()
    {
        using var m = new Module(online: false);
        m.Wifi.RaisesEventsForCommands = false;
        Join(m);
        m.Wifi.RaiseConnected();
        m.Wifi.RaiseGotIp();
        Expect("", m.Uart.Take());
        Expect(Ok + Disconnect, m.Send("AT+CWQAP\r\n"));
        m.Wifi.RaiseDisconnected();
        Expect("", m.Uart.Take());
    }

    [TestMethod]
    public void CwJapQueryWhenJoinedPrintsSsidBssidChannelRssiAndTheEspAt3Defaults()
    {
        using var m = new Module(online: false);
        Join(m);
        Expect("+CWJAP:\"home\",\"aa:bb:cc:dd:ee:ff\",6,-52,0,1,3,0,1\r\n" + Ok, m.Send("AT+CWJAP?\r\n"));
    }

    [TestMethod]
    public void CwJapQueryWhenNotJoinedIsNoAp()
    {
        using var m = new Module(online: false);
        Expect("No AP\r\n" + Ok, m.Send("AT+CWJAP?\r\n"));
    }

    [TestMethod]
    public void CwQapLeavesAndPrintsWifiDisconnectAfterOk()
    {
        using var m = new Module(online: false);
        Join(m);
        Expect(Ok + Disconnect, m.Send("AT+CWQAP\r\n"));
        Assert.AreEqual("leave", m.Wifi.CallsSnapshot().Last());
        Assert.AreEqual(1, m.Uart.WriteSizes.Count(s => s == (Ok + Disconnect).Length));
        Expect("No AP\r\n" + Ok, m.Send("AT+CWJAP?\r\n"));
    }

    [TestMethod]
    public void CwQapWhenNotJoinedIsJustOk()
    {
        using var m = new Module(online: false);
        Expect(Ok, m.Send("AT+CWQAP\r\n"));
        Expect(PlainError, m.Send("AT+CWQAP=1\r\n"));
    }

    [TestMethod]
    public void SpontaneousStationEventsPrintWifiUrcs()
    {
        using var m = new Module(online: false);
        m.Wifi.Reconnect("home");
        Expect("WIFI CONNECTED\r\nWIFI GOT IP\r\n", m.Uart.Take());
        m.Wifi.LoseAp();
        Expect(Disconnect, m.Uart.Take());
        m.Wifi.Reconnect("home");
        Expect("WIFI CONNECTED\r\nWIFI GOT IP\r\n", m.Uart.Take());
    }

    [TestMethod]
    public void WifiUrcsAreHeldDuringARawDataWindowAndKeepTheirOrder()
    {
        using var m = new Module(online: false);
        Join(m);
        m.Connect();
        Expect("\r\nOK\r\n\r\n>", m.Send("AT+MQTTPUBRAW=0,\"t\",2,0,0\r\n"));
        m.Wifi.LoseAp();
        m.Wifi.Reconnect("home");
        Expect("", m.Uart.Take());
        m.Feed(Encoding.Latin1.GetBytes("ab"));
        m.Idle();
        Expect(Disconnect + "WIFI CONNECTED\r\nWIFI GOT IP\r\n+MQTTPUB:OK\r\n", m.Uart.Take());
    }

    [TestMethod]
    public void RstRestoresWifiMode1AndTheSntpDefaults()
    {
        using var m = new Module(online: false);
        m.Send("AT+CWMODE=0\r\nAT+CIPSNTPCFG=1,8,\"pool.ntp.org\"\r\n");
        Expect(Ok + "\r\nready\r\n", m.Send("AT+RST\r\n"));
        m.Send("ATE0\r\n");
        Expect("+CWMODE:1\r\n" + Ok, m.Send("AT+CWMODE?\r\n"));
        Expect("+CIPSNTPCFG:0,0\r\n" + Ok, m.Send("AT+CIPSNTPCFG?\r\n"));
        Assert.AreEqual("configure 0 []", m.TimeSync.Calls.Last());
    }

    [TestMethod]
    public void WifiCommandsAreOfferedOnlyWithAWifiPort()
    {
        using var m = new Module(online: false, configurePorts: p => p.Wifi = null);
        foreach (string line in new[] { "AT+CWMODE?", "AT+CWJAP?", "AT+CWQAP", "AT+CWLAP", "AT+CWRECONNCFG?", "AT+CIPDNS?" })
        {
            Expect(Err(0x01090000), m.Send(line + "\r\n"));
        }
        Expect("+CIPSNTPCFG:0,0\r\n" + Ok, m.Send("AT+CIPSNTPCFG?\r\n"));
    }

    [TestMethod]
    public void CipSntpCfgIsOfferedOnlyWithATimeSyncPortButCipSntpTimeAlways()
    {
        using var m = new Module(online: false, configurePorts: p => p.TimeSync = null);
        Expect(Err(0x01090000), m.Send("AT+CIPSNTPCFG?\r\n"));
        Expect(Err(0x01090000), m.Send("AT+CIPSNTPINTV?\r\n"));
        Expect("+CIPSNTPTIME:Sat Nov 28 12:00:00 2026\r\n" + Ok, m.Send("AT+CIPSNTPTIME?\r\n"));
        Expect("+CWMODE:1\r\n" + Ok, m.Send("AT+CWMODE?\r\n"));
    }

    [TestMethod]
    public void CipSntpCfgIsOffWithTimezone0AndNoServersAfterBoot()
    {
        using var m = new Module(online: false);
        Expect("+CIPSNTPCFG:0,0\r\n" + Ok, m.Send("AT+CIPSNTPCFG?\r\n"));
        Assert.AreEqual(0, m.TimeSync.Calls.Count);
    }

    [TestMethod]
    [DataRow("1", "+CIPSNTPCFG:1,0", "configure 1 []")]
    [DataRow("1,8", "+CIPSNTPCFG:1,8", "configure 1 []")]
    [DataRow("1,-12,\"pool.ntp.org\"", "+CIPSNTPCFG:1,-12,\"pool.ntp.org\"", "configure 1 [pool.ntp.org]")]
    [DataRow("1,,\"a.b\",\"10.0.0.1\",\"time-c.example\"", "+CIPSNTPCFG:1,0,\"a.b\",\"10.0.0.1\",\"time-c.example\"",
        "configure 1 [a.b,10.0.0.1,time-c.example]")]
    [DataRow("0,14", "+CIPSNTPCFG:0,14", "configure 0 []")]
    public void CipSntpCfgSetsEnableTimezoneAndUpTo3ServersAndConfiguresTheTimeSync(string args, string query, string call)
    {
        using var m = new Module(online: false);
        Expect(Ok, m.Send($"AT+CIPSNTPCFG={args}\r\n"));
        CollectionAssert.AreEqual(new[] { call }, m.TimeSync.Calls);
        Expect(query + "\r\n" + Ok, m.Send("AT+CIPSNTPCFG?\r\n"));
    }

    [TestMethod]
    [DataRow("AT+CIPSNTPCFG=1,0,\"a\",\"b\",\"c\",\"d\"", "count")]
    [DataRow("AT+CIPSNTPCFG=x", "P0")]
    [DataRow("AT+CIPSNTPCFG=", "P0")]
    [DataRow("AT+CIPSNTPCFG=2", "I0")]
    [DataRow("AT+CIPSNTPCFG=1,x", "P1")]
    [DataRow("AT+CIPSNTPCFG=1,15", "I1")]
    [DataRow("AT+CIPSNTPCFG=1,-13", "I1")]
    [DataRow("AT+CIPSNTPCFG=1,0,pool", "P2")]
    [DataRow("AT+CIPSNTPCFG=1,0,", "P2")]
    [DataRow("AT+CIPSNTPCFG=1,0,\"\"", "I2")]
    [DataRow("AT+CIPSNTPCFG=1,0,\"s65\"", "I2")]
    [DataRow("AT+CIPSNTPCFG=1,0,\"ok\",\"bad host\"", "I3")]
    [DataRow("AT+CIPSNTPCFG=1,0,\"ok\",\"ok\",\"q\\\"uote\"", "I4")]
    public void CipSntpCfgChecksEnable0To1Timezone12To14AndServers1To64ByteHostNames(string line, string expected)
    {
        using var m = new Module(online: false);
        line = line.Replace("s65", S(65));
        string answer = expected == "count" ? CountErr
            : expected[0] == 'P' ? Unparsable(expected[1] - '0') : Invalid(expected[1] - '0');
        Expect(answer, m.Send(line + "\r\n"));
        Assert.AreEqual(0, m.TimeSync.Calls.Count);
        Expect("+CIPSNTPCFG:0,0\r\n" + Ok, m.Send("AT+CIPSNTPCFG?\r\n"));
    }

    [TestMethod]
    public void CipSntpCfgRefusesMoreServersThanThePlatformTakes()
    {
        using var m = new Module(online: false);
        m.TimeSync.MaxServers = 2;
        Expect(CountErr, m.Send("AT+CIPSNTPCFG=1,0,\"a\",\"b\",\"c\"\r\n"));
        Assert.AreEqual(0, m.TimeSync.Calls.Count);
        Expect(Ok, m.Send("AT+CIPSNTPCFG=1,0,\"a\",\"b\"\r\n"));
    }

    [TestMethod]
    public void CipSntpCfgTakesA64ByteServerName()
    {
        using var m = new Module(online: false);
        Expect(Ok, m.Send($"AT+CIPSNTPCFG=1,0,\"{S(64)}\"\r\n"));
    }

    [TestMethod]
    [DataRow("2022-08-04T14:48:05", 0, "Thu Aug  4 14:48:05 2022")]
    [DataRow("2016-12-11T18:33:32", 8, "Mon Dec 12 02:33:32 2016")]
    [DataRow("2021-01-01T03:00:00", -5, "Thu Dec 31 22:00:00 2020")]
    [DataRow("2026-11-28T23:59:59", 14, "Sun Nov 29 13:59:59 2026")]
    [DataRow("2024-02-29T09:05:07", -12, "Wed Feb 28 21:05:07 2024")]
    public void CipSntpTimePrintsLocalTimeInAsctimeFormWithTheDaySpacePadded(string utc, int timezone, string expected)
    {
        using var m = new Module(online: false);
        m.Clock.UtcNow = DateTime.SpecifyKind(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
        Expect(Ok, m.Send($"AT+CIPSNTPCFG=1,{timezone}\r\n"));
        Expect($"+CIPSNTPTIME:{expected}\r\n" + Ok, m.Send("AT+CIPSNTPTIME?\r\n"));
    }

    [TestMethod]
    public void CipSntpTimeBeforeTheFirstSyncIsTheEpoch()
    {
        using var m = new Module(online: false);
        m.Clock.IsSynchronised = false;
        m.Send("AT+CIPSNTPCFG=1,8\r\n");
        Expect("+CIPSNTPTIME:Thu Jan  1 00:00:00 1970\r\n" + Ok, m.Send("AT+CIPSNTPTIME?\r\n"));
    }

    [TestMethod]
    public void CipSntpTimeHasOnlyTheQueryForm()
    {
        using var m = new Module(online: false);
        Expect(PlainError, m.Send("AT+CIPSNTPTIME\r\n"));
        Expect(PlainError, m.Send("AT+CIPSNTPTIME=1\r\n"));
    }
}
