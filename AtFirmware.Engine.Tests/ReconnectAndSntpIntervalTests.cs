namespace EspAtNano.Tests;

/// <summary>
/// docs/commands/wifi-and-time.md: AT+CWRECONNCFG (the station's reconnect policy, applied by the platform) and
/// AT+CIPSNTPINTV (the SNTP interval, default 3600 s).
/// </summary>
[TestClass]
public sealed class ReconnectAndSntpIntervalTests
{
    private const string Ok = "\r\nOK\r\n";
    private const string PlainError = "\r\nERROR\r\n";
    private const string Ready = "\r\nready\r\n";
    private const string Joined = "WIFI CONNECTED\r\nWIFI GOT IP\r\n\r\nOK\r\n";

    private static string Err(int code) => $"ERR CODE:0x{code:x8}\r\n" + PlainError;

    private static Module Booted()
    {
        var m = new Module(online: false);
        Expect(Ok, m.Send("AT+SYSLOG=1\r\n"));
        return m;
    }

    private static void Restart(Module m)
    {
        Expect(Ok + Ready, m.Send("AT+RST\r\n"));
        m.Send("ATE0\r\n");
    }

    // AT+CWRECONNCFG

    [TestMethod]
    public void CwReconnCfgIs0And0AfterBoot()
    {
        using var m = Booted();
        Expect("+CWRECONNCFG:0,0\r\n" + Ok, m.Send("AT+CWRECONNCFG?\r\n"));
    }

    [TestMethod]
    public void CwReconnCfgSetIsAppliedAndReported()
    {
        using var m = Booted();
        Expect(Ok, m.Send("AT+CWRECONNCFG=1,100\r\n"));
        CollectionAssert.Contains(m.Wifi.CallsSnapshot(), "reconnect 1 100");
        Expect("+CWRECONNCFG:1,100\r\n" + Ok, m.Send("AT+CWRECONNCFG?\r\n"));
    }

    [TestMethod]
    public void CwReconnCfgSurvivesAtRst()
    {
        using var m = Booted();
        Expect(Ok, m.Send("AT+CWRECONNCFG=7200,1000\r\n"));
        Restart(m);
        Expect("+CWRECONNCFG:7200,1000\r\n" + Ok, m.Send("AT+CWRECONNCFG?\r\n"));
    }

    [TestMethod]
    public void CwReconnCfgChecksItsRanges()
    {
        using var m = Booted();
        Expect(Err(0x01060000), m.Send("AT+CWRECONNCFG=1\r\n"));
        Expect(Err(0x01070000), m.Send("AT+CWRECONNCFG=7201,0\r\n"));
        Expect(Err(0x01070001), m.Send("AT+CWRECONNCFG=1,1001\r\n"));
        Expect(Err(0x01070002), m.Send("AT+CWRECONNCFG=1,1,2\r\n"));
        Expect("+CWRECONNCFG:0,0\r\n" + Ok, m.Send("AT+CWRECONNCFG?\r\n"));
    }

    [TestMethod]
    public void ReconnectNowWhileJoinedChangesNothingButThePolicy()
    {
        using var m = Booted();
        Expect(Joined, m.Send("AT+CWJAP=\"home\",\"secret\"\r\n"));
        Expect(Ok, m.Send("AT+CWRECONNCFG=2,50,1\r\n"));
        Expect("+CWRECONNCFG:2,50\r\n" + Ok, m.Send("AT+CWRECONNCFG?\r\n"));
        Assert.AreEqual(0, m.Wifi.SavedApJoinsRequested);
    }

    [TestMethod]
    public void ReconnectNowWhileNotJoinedJoinsTheSavedApAfterTheOk()
    {
        using var m = Booted();
        Expect(Ok, m.Send("AT+CWRECONNCFG=2,50,1\r\n"));
        Assert.AreEqual(1, m.Wifi.SavedApJoinsRequested);
        m.Wifi.FinishSavedApJoin();
        Expect("WIFI CONNECTED\r\nWIFI GOT IP\r\n", m.Uart.Take());
    }

    [TestMethod]
    public void ReconnectNowWithoutASavedApIsPlainError()
    {
        using var m = Booted();
        m.Wifi.SavedAp = null;
        Expect(PlainError, m.Send("AT+CWRECONNCFG=2,50,1\r\n"));
        Expect("+CWRECONNCFG:0,0\r\n" + Ok, m.Send("AT+CWRECONNCFG?\r\n"));
    }

    [TestMethod]
    public void ARefusedReconnectPolicyAnswersErrorAndKeepsTheOldOne()
    {
        using var m = Booted();
        m.Wifi.RefuseSettings = "no API";
        Expect(PlainError, m.Send("AT+CWRECONNCFG=1,100\r\n"));
        Assert.IsTrue(m.Log.Any("wifi: cannot set the reconnect policy: no API"));
        Expect("+CWRECONNCFG:0,0\r\n" + Ok, m.Send("AT+CWRECONNCFG?\r\n"));
    }

    // AT+CIPSNTPINTV

    [TestMethod]
    public void CipSntpIntvIs3600AfterBoot()
    {
        using var m = Booted();
        Expect("+CIPSNTPINTV:3600\r\n" + Ok, m.Send("AT+CIPSNTPINTV?\r\n"));
    }

    [TestMethod]
    public void CipSntpIntvWithoutAnIntervalPortTakesOnlyTheDefault()
    {
        using var m = Booted();
        Expect(PlainError, m.Send("AT+CIPSNTPINTV=15\r\n"));
        Assert.IsTrue(m.Log.Any("sntp: cannot set the interval"));
        Expect(Ok, m.Send("AT+CIPSNTPINTV=3600\r\n"));
        Expect("+CIPSNTPINTV:3600\r\n" + Ok, m.Send("AT+CIPSNTPINTV?\r\n"));
    }

    [TestMethod]
    public void CipSntpIntvIsAppliedByTheIntervalPortAndAtRstRestoresTheDefault()
    {
        var interval = new RecordingSntpInterval();
        using var m = new Module(configurePorts: ports => ports.SntpInterval = interval);
        Expect(Ok, m.Send("AT+CIPSNTPINTV=4294967\r\n"));
        Expect("+CIPSNTPINTV:4294967\r\n" + Ok, m.Send("AT+CIPSNTPINTV?\r\n"));
        Restart(m);
        Expect("+CIPSNTPINTV:3600\r\n" + Ok, m.Send("AT+CIPSNTPINTV?\r\n"));
        CollectionAssert.AreEqual(new[] { 4294967, 3600 }, interval.Calls);
    }

    [TestMethod]
    public void CipSntpIntvChecksItsRange()
    {
        using var m = Booted();
        Expect(Err(0x01070000), m.Send("AT+CIPSNTPINTV=14\r\n"));
        Expect(Err(0x01070000), m.Send("AT+CIPSNTPINTV=4294968\r\n"));
        Expect(Err(0x01060000), m.Send("AT+CIPSNTPINTV=60,1\r\n"));
    }

    private sealed class RecordingSntpInterval : ISntpInterval
    {
        public readonly List<int> Calls = new();

        public SettingResult SetSyncInterval(int seconds)
        {
            Calls.Add(seconds);
            return SettingResult.Applied;
        }
    }
}
