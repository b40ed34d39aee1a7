using System.Text;

namespace EspAtNano.Tests;

/// <summary>
/// docs/commands/wifi-and-time.md, the saved AP: AT+CWJAP's optional parameters and its execute form, what a join stores
/// (AT+SYSSTORE), and the join after ready at power-up, after AT+RST and on AT+CWMODE=1 (AT+CWAUTOCONN, &lt;auto_connect&gt;).
/// </summary>
[TestClass]
public sealed class SavedApTests
{
    private const string Ok = "\r\nOK\r\n";
    private const string PlainError = "\r\nERROR\r\n";
    private const string Joined = "WIFI CONNECTED\r\nWIFI GOT IP\r\n";

    private static string Invalid(int index) => $"ERR CODE:0x{0x01070000 | index:x8}\r\n" + PlainError;

    private static string[] Joins(Module m) => m.Wifi.CallsSnapshot().Where(c => c.StartsWith("join", StringComparison.Ordinal)).ToArray();

    [TestMethod]
    public void BareCwJapJoinsTheSavedAp()
    {
        using var m = new Module(online: false);
        Expect(Joined + Ok, m.Send("AT+CWJAP\r\n"));
        CollectionAssert.AreEqual(new[] { "join home secret timeout=15000" }, Joins(m));
    }

    [TestMethod]
    public void BareCwJapWithoutAnyConfigurationIsPlainErrorAtOnce()
    {
        using var m = new Module(online: false);
        m.Wifi.SavedAp = null;
        m.Engine.Start();
        m.Uart.Take();
        Expect(PlainError, m.Send("AT+CWJAP\r\n"));
        Assert.AreEqual(0, Joins(m).Length);
    }

    [TestMethod]
    public void BareCwJapJoinsWhatTheLastCwJapTriedWithItsTimeout()
    {
        using var m = new Module(online: false);
        Expect("+CWJAP:3\r\n" + PlainError, m.Send("AT+CWJAP=\"nowhere\",\"pw\",,,,,,30\r\n"));
        Expect("+CWJAP:3\r\n" + PlainError, m.Send("AT+CWJAP\r\n"));
        CollectionAssert.AreEqual(new[] { "join nowhere pw timeout=30000", "join nowhere pw timeout=30000" }, Joins(m));
    }

    [TestMethod]
    public void OmittedSsidAndPasswordAreTheLastConfigurations()
    {
        using var m = new Module(online: false);
        Expect(Joined + Ok, m.Send("AT+CWJAP=,,,,,,,5\r\n"));
        CollectionAssert.AreEqual(new[] { "join home secret timeout=5000" }, Joins(m));
    }

    [TestMethod]
    public void AnSsidWithoutAPasswordIsAnOpenNetwork()
    {
        using var m = new Module(online: false);
        Expect(Joined + Ok, m.Send("AT+CWJAP=\"lab\",\r\n"));
        Expect("WIFI DISCONNECT\r\n+CWJAP:2\r\n" + PlainError, m.Send("AT+CWJAP=\"home\",\r\n"));
    }

    [TestMethod]
    public void AJoinWithSysStore1SavesTheAp()
    {
        using var m = new Module(online: false);
        Expect(Joined + Ok, m.Send("AT+CWJAP=\"lab\",\"\"\r\n"));
        CollectionAssert.Contains(m.Wifi.CallsSnapshot(), "save ap lab ");
        Assert.AreEqual("lab", Encoding.Latin1.GetString(m.Wifi.SavedAp!.Ssid));
    }

    [TestMethod]
    public void AJoinWithSysStore0OrAFailedJoinSavesNothing()
    {
        using var m = new Module(online: false);
        Expect("+CWJAP:2\r\n" + PlainError, m.Send("AT+CWJAP=\"home\",\"wrong\"\r\n"));
        Expect(Ok, m.Send("AT+SYSSTORE=0\r\n"));
        Expect(Joined + Ok, m.Send("AT+CWJAP=\"lab\",\"\"\r\n"));
        Assert.IsFalse(m.Wifi.CallsSnapshot().Any(c => c.StartsWith("save", StringComparison.Ordinal)));
    }

    [TestMethod]
    [DataRow("\"aa:bb:cc:dd:ee:ff\",1,7200,100,1,600,3", "timeout=600000")]
    [DataRow("\"AA:BB:CC:DD:EE:FF\",0,0,1,0,3,0", "timeout=3000")]
    [DataRow(",,,,,,", "timeout=15000")]
    public void TheOptionalParametersInTheirRangesAreTaken(string optional, string timeout)
    {
        using var m = new Module(online: false);
        Expect(Joined + Ok, m.Send("AT+CWJAP=\"home\",\"secret\"," + optional + "\r\n"));
        CollectionAssert.AreEqual(new[] { "join home secret " + timeout }, Joins(m));
    }

    [TestMethod]
    [DataRow("\"aa:bb:cc:dd:ee\"", 2)]
    [DataRow("\"aa:bb:cc:dd:ee:fg\"", 2)]
    [DataRow(",2", 3)]
    [DataRow(",,7201", 4)]
    [DataRow(",,,0", 5)]
    [DataRow(",,,101", 5)]
    [DataRow(",,,,2", 6)]
    [DataRow(",,,,,2", 7)]
    [DataRow(",,,,,601", 7)]
    [DataRow(",,,,,,4", 8)]
    public void AnOptionalParameterOutOfItsRangeIsTheAtCoreInvalidValueError(string optional, int index)
    {
        using var m = new Module(online: false);
        Expect(Invalid(index), m.Send("AT+CWJAP=\"home\",\"secret\"," + optional + "\r\n"));
        Assert.AreEqual(0, Joins(m).Length);
    }

    [TestMethod]
    public void AGivenReconnectIntervalIsAppliedLikeCwReconnCfgs()
    {
        using var m = new Module(online: false);
        Expect(Joined + Ok, m.Send("AT+CWJAP=\"home\",\"secret\",,,5\r\n"));
        CollectionAssert.Contains(m.Wifi.CallsSnapshot(), "reconnect 5 0");
        Expect("+CWRECONNCFG:5,0\r\n" + Ok, m.Send("AT+CWRECONNCFG?\r\n"));
    }

    [TestMethod]
    public void AReconnectIntervalThePlatformRefusesIsPlainErrorWithoutAJoin()
    {
        using var m = new Module(online: false);
        m.Wifi.RefuseSettings = "no reconnect policy here";
        Expect(PlainError, m.Send("AT+CWJAP=\"home\",\"secret\",,,5\r\n"));
        Assert.AreEqual(0, Joins(m).Length);
    }

    [TestMethod]
    public void AfterReadyTheSavedApIsJoinedWhenAutoConnectIsOn()
    {
        using var m = new Module(online: false);
        m.Engine.Start();
        Expect("\r\nready\r\n", m.Uart.Take());
        Assert.AreEqual(1, m.Wifi.SavedApJoinsRequested);
        m.Wifi.FinishSavedApJoin();
        Expect(Joined, m.Uart.Take());
    }

    [TestMethod]
    public void AfterReadyNothingIsJoinedWithAutoConnectOffOrNoSavedAp()
    {
        using var off = new Module(online: false);
        off.Wifi.AutoConnect = false;
        off.Engine.Start();
        using var none = new Module(online: false);
        none.Wifi.SavedAp = null;
        none.Engine.Start();
        Assert.AreEqual(0, off.Wifi.SavedApJoinsRequested + none.Wifi.SavedApJoinsRequested);
    }

    [TestMethod]
    public void AtRstLeavesTheApSilentlyThenJoinsTheSavedApAfterReady()
    {
        using var m = new Module();
        Expect("\r\nOK\r\n\r\nready\r\n", m.Send("AT+RST\r\n"));
        // AT+RST turns echo back on.
        Expect("AT+CWJAP?\r\nNo AP\r\n" + Ok, m.Send("AT+CWJAP?\r\n"));
        Assert.AreEqual(1, m.Wifi.SavedApJoinsRequested);
        m.Wifi.FinishSavedApJoin();
        Expect(Joined, m.Uart.Take());
    }

    [TestMethod]
    public void AtRstWithAutoConnectOffLeavesTheStationUnjoined()
    {
        using var m = new Module();
        Expect(Ok, m.Send("AT+CWAUTOCONN=0\r\n"));
        Expect("\r\nOK\r\n\r\nready\r\n", m.Send("AT+RST\r\n"));
        Assert.AreEqual(0, m.Wifi.SavedApJoinsRequested);
        Expect("AT+CWSTATE?\r\n+CWSTATE:0,\"\"\r\n" + Ok, m.Send("AT+CWSTATE?\r\n"));
    }

    [TestMethod]
    public void CwAutoConnIsThePlatformsStoredSetting()
    {
        using var m = new Module();
        Expect(Ok, m.Send("AT+CWAUTOCONN=0\r\n"));
        Assert.IsFalse(m.Wifi.AutoConnect);
        m.Wifi.AutoConnect = true;
        Expect("+CWAUTOCONN:1\r\n" + Ok, m.Send("AT+CWAUTOCONN?\r\n"));
    }

    [TestMethod]
    public void CwAutoConnThePlatformRefusesIsPlainError()
    {
        using var m = new Module();
        m.Wifi.RefuseSettings = "read-only";
        Expect(PlainError, m.Send("AT+CWAUTOCONN=0\r\n"));
    }

    [TestMethod]
    [DataRow("AT+CWMODE=1", 1)]
    [DataRow("AT+CWMODE=1,1", 1)]
    [DataRow("AT+CWMODE=1,0", 0)]
    public void CwModeFromOffToStationJoinsTheSavedApUnlessAutoConnectIs0(string command, int joins)
    {
        using var m = new Module();
        Expect(Ok + "WIFI DISCONNECT\r\n", m.Send("AT+CWMODE=0\r\n"));
        Expect(Ok, m.Send(command + "\r\n"));
        Assert.AreEqual(joins, m.Wifi.SavedApJoinsRequested);
    }

    [TestMethod]
    public void CwModeStationAgainJoinsNothing()
    {
        using var m = new Module();
        Expect(Ok, m.Send("AT+CWMODE=1\r\n"));
        Assert.AreEqual(0, m.Wifi.SavedApJoinsRequested);
    }

    [TestMethod]
    public void AtRestoreForgetsTheSavedApAndTurnsAutoConnectOn()
    {
        using var m = new Module();
        Expect(Ok, m.Send("AT+CWAUTOCONN=0\r\n"));
        m.Send("AT+RESTORE\r\n");
        Assert.IsNull(m.Wifi.SavedAp);
        Assert.IsTrue(m.Wifi.AutoConnect);
    }
}
