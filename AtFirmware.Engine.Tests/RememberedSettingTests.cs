namespace EspAtNano.Tests;

/// <summary>
/// docs/commands/basic.md (AT+SYSMSG, AT+SYSSTORE) and docs/commands/tcpip-settings.md (AT+CIPMUX,
/// AT+CIPDINFO, AT+CIPRECVTYPE, AT+CIPRECVMODE): settings a module without sockets accepts,
/// remembers and reports, with firmware's defaults after boot and after AT+RST.
/// </summary>
[TestClass]
public sealed class RememberedSettingTests
{
    private const string Ok = "\r\nOK\r\n";
    private const string PlainError = "\r\nERROR\r\n";

    private static string Err(int code) => $"ERR CODE:0x{code:x8}\r\n" + PlainError;

    private static string CountErr => Err(0x01060000);

    private static string Invalid(int index) => Err(0x01070000 | index);

    private static string Unparsable(int index) => Err(0x01080000 | index);

    [TestMethod]
    [DataRow("AT+SYSMSG?", "+SYSMSG:0")]
    [DataRow("AT+SYSSTORE?", "+SYSSTORE:1")]
    [DataRow("AT+CIPMUX?", "+CIPMUX:0")]
    [DataRow("AT+CIPDINFO?", "+CIPDINFO:false")]
    [DataRow("AT+CIPRECVTYPE?", "+CIPRECVTYPE:0,0")]
    [DataRow("AT+CIPRECVMODE?", "+CIPRECVMODE:0")]
    public void QueriesReportFirmwaresDefaultsAfterBoot(string query, string line)
    {
        using var m = new Module();
        Expect(line + "\r\n" + Ok, m.Send(query + "\r\n"));
    }

    [TestMethod]
    [DataRow("AT+SYSMSG=7", "AT+SYSMSG?", "+SYSMSG:7")]
    [DataRow("AT+SYSSTORE=0", "AT+SYSSTORE?", "+SYSSTORE:0")]
    [DataRow("AT+CIPMUX=1", "AT+CIPMUX?", "+CIPMUX:1")]
    [DataRow("AT+CIPDINFO=1", "AT+CIPDINFO?", "+CIPDINFO:true")]
    [DataRow("AT+CIPRECVTYPE=1", "AT+CIPRECVTYPE?", "+CIPRECVTYPE:0,1")]
    [DataRow("AT+CIPRECVMODE=1", "AT+CIPRECVMODE?", "+CIPRECVMODE:1")]
    public void ASetValueIsRememberedAndReported(string set, string query, string line)
    {
        using var m = new Module();
        Expect(Ok, m.Send(set + "\r\n"));
        Expect(line + "\r\n" + Ok, m.Send(query + "\r\n"));
    }

    [TestMethod]
    public void RstRestoresEveryDefault()
    {
        using var m = new Module();
        m.Send("AT+SYSMSG=3\r\nAT+SYSSTORE=0\r\nAT+CIPMUX=1\r\nAT+CIPDINFO=1\r\nAT+CIPRECVTYPE=5,1\r\n");
        Expect(Ok + "\r\nready\r\n", m.Send("AT+RST\r\n"));
        m.Send("ATE0\r\n"); // the restart turned echo back on
        Expect("+SYSMSG:0\r\n" + Ok + "+SYSSTORE:1\r\n" + Ok + "+CIPMUX:0\r\n" + Ok + "+CIPDINFO:false\r\n" + Ok
                + "+CIPRECVTYPE:0,0\r\n" + Ok,
            m.Send("AT+SYSMSG?\r\nAT+SYSSTORE?\r\nAT+CIPMUX?\r\nAT+CIPDINFO?\r\nAT+CIPRECVTYPE?\r\n"));
    }

    [TestMethod]
    [DataRow("AT+SYSMSG=8")]
    [DataRow("AT+SYSMSG=-1")]
    [DataRow("AT+SYSSTORE=2")]
    [DataRow("AT+CIPMUX=2")]
    [DataRow("AT+CIPDINFO=2")]
    [DataRow("AT+CIPRECVMODE=2")]
    [DataRow("AT+CIPRECVTYPE=2")]
    public void AValueOutsideTheDocumentedRangeIsInvalid(string line)
    {
        using var m = new Module();
        Expect(Invalid(0), m.Send(line + "\r\n"));
    }

    [TestMethod]
    [DataRow("AT+SYSMSG=x")]
    [DataRow("AT+SYSSTORE=\"1\"")]
    [DataRow("AT+CIPMUX=")]
    [DataRow("AT+CIPDINFO=1a")]
    [DataRow("AT+CIPRECVMODE=")]
    [DataRow("AT+CIPRECVTYPE=x")]
    public void AnUnparsableValueIsReported(string line)
    {
        using var m = new Module();
        Expect(Unparsable(0), m.Send(line + "\r\n"));
    }

    [TestMethod]
    [DataRow("AT+SYSMSG=1,1")]
    [DataRow("AT+SYSSTORE=1,1")]
    [DataRow("AT+CIPMUX=1,1")]
    [DataRow("AT+CIPDINFO=1,1")]
    [DataRow("AT+CIPRECVMODE=1,1")]
    [DataRow("AT+CIPRECVTYPE=1,0,0")]
    public void ExtraParametersAreACountError(string line)
    {
        using var m = new Module();
        Expect(CountErr, m.Send(line + "\r\n"));
    }

    [TestMethod]
    [DataRow("AT+SYSMSG")]
    [DataRow("AT+SYSSTORE=?")]
    [DataRow("AT+CIPMUX=?")]
    [DataRow("AT+CIPMUX")]
    [DataRow("AT+CIPDINFO=?")]
    [DataRow("AT+CIPRECVTYPE=?")]
    [DataRow("AT+CIPRECVMODE")]
    public void FormsTheDocumentsDoNotListAnswerPlainError(string line)
    {
        using var m = new Module();
        Expect(PlainError, m.Send(line + "\r\n"));
    }

    [TestMethod]
    public void CipRecvTypeTakesTheDataLengthReportModeWithoutMux()
    {
        using var m = new Module();
        Expect(Ok, m.Send("AT+CIPRECVTYPE=1,1\r\n"));
        Expect("+CIPRECVTYPE:0,1\r\n" + Ok, m.Send("AT+CIPRECVTYPE?\r\n"));
        Expect(Invalid(1), m.Send("AT+CIPRECVTYPE=0,2\r\n"));
    }

    [TestMethod]
    public void CipRecvTypeWithMuxListsEveryLinkId()
    {
        using var m = new Module();
        m.Send("AT+CIPMUX=1\r\n");
        Expect("+CIPRECVTYPE:0,0\r\n+CIPRECVTYPE:1,0\r\n+CIPRECVTYPE:2,0\r\n+CIPRECVTYPE:3,0\r\n+CIPRECVTYPE:4,0\r\n" + Ok,
            m.Send("AT+CIPRECVTYPE?\r\n"));
    }

    [TestMethod]
    public void CipRecvTypeWithMuxSetsOneLinkOrAllWithId5()
    {
        using var m = new Module();
        m.Send("AT+CIPMUX=1\r\n");
        Expect(Ok, m.Send("AT+CIPRECVTYPE=2,1\r\n"));
        Expect("+CIPRECVTYPE:0,0\r\n+CIPRECVTYPE:1,0\r\n+CIPRECVTYPE:2,1\r\n+CIPRECVTYPE:3,0\r\n+CIPRECVTYPE:4,0\r\n" + Ok,
            m.Send("AT+CIPRECVTYPE?\r\n"));
        Expect(Ok, m.Send("AT+CIPRECVTYPE=5,1,1\r\n"));
        Expect("+CIPRECVTYPE:0,1\r\n+CIPRECVTYPE:1,1\r\n+CIPRECVTYPE:2,1\r\n+CIPRECVTYPE:3,1\r\n+CIPRECVTYPE:4,1\r\n" + Ok,
            m.Send("AT+CIPRECVTYPE?\r\n"));
    }

    [TestMethod]
    public void CipRecvTypeWithMuxNeedsTheLinkId()
    {
        using var m = new Module();
        m.Send("AT+CIPMUX=1\r\n");
        Expect(CountErr, m.Send("AT+CIPRECVTYPE=1\r\n"));
        Expect(Invalid(0), m.Send("AT+CIPRECVTYPE=6,1\r\n"));
        Expect(Invalid(1), m.Send("AT+CIPRECVTYPE=0,2\r\n"));
        Expect(Invalid(2), m.Send("AT+CIPRECVTYPE=0,1,2\r\n"));
    }

    [TestMethod]
    public void CipRecvModeSetsEveryLinksMode()
    {
        using var m = new Module();
        Expect(Ok, m.Send("AT+CIPRECVMODE=1\r\n"));
        m.Send("AT+CIPMUX=1\r\n");
        Expect("+CIPRECVTYPE:0,1\r\n+CIPRECVTYPE:1,1\r\n+CIPRECVTYPE:2,1\r\n+CIPRECVTYPE:3,1\r\n+CIPRECVTYPE:4,1\r\n" + Ok,
            m.Send("AT+CIPRECVTYPE?\r\n"));
    }

    [TestMethod]
    public void CipRecvModeReportsWhatCipRecvTypeSetForLink0()
    {
        using var m = new Module();
        Expect(Ok, m.Send("AT+CIPRECVTYPE=1\r\n"));
        Expect("+CIPRECVMODE:1\r\n" + Ok, m.Send("AT+CIPRECVMODE?\r\n"));
    }
}
