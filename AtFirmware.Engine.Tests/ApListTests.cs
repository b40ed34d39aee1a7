namespace EspAtNano.Tests;

/// <summary>
/// docs/commands/wifi-and-time.md: AT+CWLAP lists the APs a scan found, strongest first, one
/// +CWLAP:(&lt;ecn&gt;,&lt;"ssid"&gt;,&lt;rssi&gt;,&lt;"mac"&gt;,&lt;channel&gt;,&lt;freq_offset&gt;,&lt;freqcal_val&gt;,&lt;pairwise_cipher&gt;,&lt;group_cipher&gt;,&lt;bgn&gt;,&lt;wps&gt;)
/// line each; AT+CWLAPOPT chooses the fields and filters by RSSI and auth mode.
/// </summary>
[TestClass]
public sealed class ApListTests
{
    private const string Ok = "\r\nOK\r\n";
    private const string PlainError = "\r\nERROR\r\n";
    private const string Ready = "\r\nready\r\n";

    private const string Office = "+CWLAP:(3,\"office\",-48,\"aa:00:00:00:00:01\",6,-1,-1,4,4,7,0)\r\n";
    private const string Cafe = "+CWLAP:(0,\"cafe\",-71,\"aa:00:00:00:00:02\",1,-1,-1,0,0,7,0)\r\n";
    private const string Lab = "+CWLAP:(4,\"lab\",-60,\"aa:00:00:00:00:03\",11,-1,-1,5,3,6,1)\r\n";

    private static string Err(int code) => $"ERR CODE:0x{code:x8}\r\n" + PlainError;

    private static Module WithAps()
    {
        var m = new Module(online: false);
        Expect(Ok, m.Send("AT+SYSLOG=1\r\n"));
        m.Wifi.AccessPointsInRange.Add(Ap(3, "office", -48, "aa:00:00:00:00:01", 6, 4, 4, 7, false));
        m.Wifi.AccessPointsInRange.Add(Ap(0, "cafe", -71, "aa:00:00:00:00:02", 1, 0, 0, 7, false));
        m.Wifi.AccessPointsInRange.Add(Ap(4, "lab", -60, "aa:00:00:00:00:03", 11, 5, 3, 6, true));
        return m;
    }

    private static AccessPoint Ap(int ecn, string ssid, int rssi, string bssid, int channel, int pairwise, int group,
        int protocols, bool wps) => new()
    {
        Ecn = ecn, Ssid = System.Text.Encoding.ASCII.GetBytes(ssid), Rssi = rssi, Bssid = bssid, Channel = channel,
        PairwiseCipher = pairwise, GroupCipher = group, Protocols = protocols, Wps = wps,
    };

    [TestMethod]
    public void CwLapListsEveryApStrongestFirstWithAllElevenFields()
    {
        using var m = WithAps();
        Expect(Office + Lab + Cafe + Ok, m.Send("AT+CWLAP\r\n"));
    }

    [TestMethod]
    public void CwLapWithNoApInRangeAnswersOk()
    {
        using var m = new Module();
        Expect(Ok, m.Send("AT+CWLAP\r\n"));
    }

    [TestMethod]
    public void AFailedScanAnswersErrorAndLogsWhy()
    {
        using var m = WithAps();
        m.Wifi.ScanFailure = "radio busy";
        Expect(PlainError, m.Send("AT+CWLAP\r\n"));
        Assert.IsTrue(m.Log.Any("wifi: scan failed: radio busy"));
    }

    [TestMethod]
    public void CwLapAnswersErrorWhenWifiIsOff()
    {
        using var m = WithAps();
        Expect(Ok, m.Send("AT+CWMODE=0\r\n"));
        Expect(PlainError, m.Send("AT+CWLAP\r\n"));
        Expect(PlainError, m.Send("AT+CWLAP=\"lab\"\r\n"));
    }

    [TestMethod]
    public void CwLapSetShowsOnlyTheApsWithTheGivenSsid()
    {
        using var m = WithAps();
        Expect(Lab + Ok, m.Send("AT+CWLAP=\"lab\"\r\n"));
    }

    [TestMethod]
    public void CwLapSetFiltersByMacInAnyCaseAndByChannel()
    {
        using var m = WithAps();
        Expect(Cafe + Ok, m.Send("AT+CWLAP=,\"AA:00:00:00:00:02\"\r\n"));
        Expect(Lab + Ok, m.Send("AT+CWLAP=,,11\r\n"));
        Expect(Ok, m.Send("AT+CWLAP=\"lab\",,6\r\n"));
    }

    [TestMethod]
    public void CwLapSetChecksTheChannelRange()
    {
        using var m = WithAps();
        Expect(Err(0x01070002), m.Send("AT+CWLAP=,,15\r\n"));
        Expect(Err(0x01060000), m.Send("AT+CWLAP=,,1,0,0,0,1\r\n"));
    }

    [TestMethod]
    public void CwLapRefusesAPassiveScanOrOtherScanTimes()
    {
        using var m = WithAps();
        Expect(Office + Lab + Cafe + Ok, m.Send("AT+CWLAP=,,,0,0,0\r\n"));
        Expect(PlainError, m.Send("AT+CWLAP=,,,1\r\n"));
        Expect(PlainError, m.Send("AT+CWLAP=,,,0,100,400\r\n"));
        Expect(Err(0x01070005), m.Send("AT+CWLAP=,,,0,0,1501\r\n"));
    }

    [TestMethod]
    public void CwLapOptPrintMaskChoosesTheFields()
    {
        using var m = WithAps();
        Expect(Ok, m.Send("AT+CWLAPOPT=,31\r\n"));
        Expect("+CWLAP:(3,\"office\",-48,\"aa:00:00:00:00:01\",6)\r\n" + Ok, m.Send("AT+CWLAP=\"office\"\r\n"));
        Expect(Ok, m.Send("AT+CWLAPOPT=1,0x402\r\n"));
        Expect("+CWLAP:(\"lab\",1)\r\n" + Ok, m.Send("AT+CWLAP=\"lab\"\r\n"));
    }

    [TestMethod]
    public void CwLapOptHidesApsBelowTheRssiFilter()
    {
        using var m = WithAps();
        Expect(Ok, m.Send("AT+CWLAPOPT=,2047,-60\r\n"));
        Expect(Office + Lab + Ok, m.Send("AT+CWLAP\r\n"));
    }

    [TestMethod]
    public void CwLapOptShowsOnlyTheAuthModesInTheMask()
    {
        using var m = WithAps();
        Expect(Ok, m.Send("AT+CWLAPOPT=,31,-100,1\r\n"));
        Expect("+CWLAP:(0,\"cafe\",-71,\"aa:00:00:00:00:02\",1)\r\n" + Ok, m.Send("AT+CWLAP\r\n"));
    }

    [TestMethod]
    public void CwLapOptChecksItsParameters()
    {
        using var m = WithAps();
        Expect(Err(0x01060000), m.Send("AT+CWLAPOPT=1\r\n"));
        Expect(Err(0x01070001), m.Send("AT+CWLAPOPT=,2048\r\n"));
        Expect(Err(0x01070002), m.Send("AT+CWLAPOPT=,31,-101\r\n"));
        Expect(Err(0x01070002), m.Send("AT+CWLAPOPT=,31,41\r\n"));
        Expect(Err(0x01070003), m.Send("AT+CWLAPOPT=,31,-100,0x10000\r\n"));
        Expect(Err(0x01080001), m.Send("AT+CWLAPOPT=,x\r\n"));
    }

    [TestMethod]
    public void AtRstGivesBackTheDefaultCwLapOpt()
    {
        using var m = WithAps();
        Expect(Ok, m.Send("AT+CWLAPOPT=,1,-50,8\r\n"));
        Expect(Ok + Ready, m.Send("AT+RST\r\n"));
        m.Send("ATE0\r\n");
        Expect(Office + Lab + Cafe + Ok, m.Send("AT+CWLAP\r\n"));
    }
}
