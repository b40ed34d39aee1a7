namespace EspAtNano.Tests;

/// <summary>
/// docs/commands/basic.md: the board commands behind platform ports — AT+RESTORE, AT+UART_CUR,
/// AT+UART_DEF, AT+SYSRAM, AT+SLEEP, AT+SYSTIMESTAMP — in ESP-AT's exact form.
/// </summary>
[TestClass]
public sealed class SystemCommandTests
{
    private const string Ok = "\r\nOK\r\n";
    private const string Ready = "\r\nready\r\n";

    private static string Err(int code) => $"ERR CODE:0x{code:x8}\r\n\r\nERROR\r\n";

    [TestMethod]
    public void RestoreAnswersOkThenRestartsWithReady()
    {
        using var m = new Module();
        Expect(Ok + Ready, m.Send("AT+RESTORE\r\n"));
        Assert.AreEqual(1, m.System.Restarts);
    }

    [TestMethod]
    public void RestoreForgetsTheStoredUartSettings()
    {
        using var m = new Module();
        m.Send("AT+UART_DEF=9600,8,1,0,0\r\n");
        m.Send("AT+RESTORE\r\n");
        m.Send("ATE0\r\n");
        Expect("+UART_DEF:115200,8,1,0,0\r\n" + Ok, m.Send("AT+UART_DEF?\r\n"));
        Expect("+UART_CUR:115200,8,1,0,0\r\n" + Ok, m.Send("AT+UART_CUR?\r\n"));
    }

    [TestMethod]
    public void RstKeepsTheStoredUartSettings()
    {
        using var m = new Module();
        m.Send("AT+UART_DEF=9600,7,3,2,3\r\n");
        m.Send("AT+RST\r\n");
        m.Send("ATE0\r\n");
        Expect("+UART_DEF:9600,7,3,2,3\r\n" + Ok, m.Send("AT+UART_DEF?\r\n"));
        Expect("+UART_CUR:9600,7,3,2,3\r\n" + Ok, m.Send("AT+UART_CUR?\r\n"));
    }

    [TestMethod]
    public void RstForgetsTheCurrentUartSettings()
    {
        using var m = new Module();
        m.Send("AT+UART_CUR=9600,8,1,0,0\r\n");
        m.Send("AT+RST\r\n");
        m.Send("ATE0\r\n");
        Expect("+UART_CUR:115200,8,1,0,0\r\n" + Ok, m.Send("AT+UART_CUR?\r\n"));
    }

    [TestMethod]
    public void ReadyAfterARestartComesAtTheStoredRate()
    {
        using var m = new Module();
        m.Send("AT+UART_CUR=9600,8,1,0,0\r\n");
        m.Send("AT+RST\r\n");
        var last = m.UartControl.Switches[^1];
        Assert.AreEqual(115200, last.Settings.BaudRate);
        Assert.IsFalse(last.WrittenBefore.EndsWith(Ready, StringComparison.Ordinal), "ready went out before the line was switched back");
    }

    [TestMethod]
    [DataRow("AT+UART_CUR?", "+UART_CUR:115200,8,1,0,0")]
    [DataRow("AT+UART_DEF?", "+UART_DEF:115200,8,1,0,0")]
    public void QueriesPrintTheLineSettings(string query, string line)
    {
        using var m = new Module();
        Expect(line + "\r\n" + Ok, m.Send(query + "\r\n"));
    }

    [TestMethod]
    [DataRow("AT+UART_CUR")]
    [DataRow("AT+UART_DEF")]
    public void SetAnswersOkAtTheOldRateThenSwitchesTheLine(string command)
    {
        using var m = new Module();
        Expect(Ok, m.Send(command + "=921600,8,1,0,3\r\n"));
        Assert.AreEqual(1, m.UartControl.Switches.Count);
        var (settings, writtenBefore) = m.UartControl.Switches[0];
        Assert.AreEqual("921600,8,1,0,3", $"{settings.BaudRate},{settings.DataBits},{settings.StopBits},{settings.Parity},{settings.FlowControl}");
        Assert.IsTrue(writtenBefore.EndsWith(Ok, StringComparison.Ordinal), "the line switched before its OK was written");
        Expect("+UART_CUR:921600,8,1,0,3\r\n" + Ok, m.Send("AT+UART_CUR?\r\n"));
    }

    [TestMethod]
    public void UartCurDoesNotStore()
    {
        using var m = new Module();
        m.Send("AT+UART_CUR=9600,8,1,0,0\r\n");
        Expect("+UART_DEF:115200,8,1,0,0\r\n" + Ok, m.Send("AT+UART_DEF?\r\n"));
    }

    [TestMethod]
    [DataRow("AT+UART_CUR=115200,8,1,0", 0x01060000)]
    [DataRow("AT+UART_CUR=115200,8,1,0,0,0", 0x01060000)]
    [DataRow("AT+UART_CUR=79,8,1,0,0", 0x01070000)]
    [DataRow("AT+UART_CUR=5000001,8,1,0,0", 0x01070000)]
    [DataRow("AT+UART_CUR=115200,4,1,0,0", 0x01070001)]
    [DataRow("AT+UART_CUR=115200,9,1,0,0", 0x01070001)]
    [DataRow("AT+UART_CUR=115200,8,0,0,0", 0x01070002)]
    [DataRow("AT+UART_CUR=115200,8,4,0,0", 0x01070002)]
    [DataRow("AT+UART_DEF=115200,8,1,3,0", 0x01070003)]
    [DataRow("AT+UART_DEF=115200,8,1,0,4", 0x01070004)]
    [DataRow("AT+UART_DEF=fast,8,1,0,0", 0x01080000)]
    public void SetOutsideTheDocumentedRangesIsRefusedAndTheLineStays(string command, int code)
    {
        using var m = new Module();
        Expect(Err(code), m.Send(command + "\r\n"));
        Assert.AreEqual(0, m.UartControl.Switches.Count);
    }

    [TestMethod]
    public void SetTheBoundaryRates()
    {
        using var m = new Module();
        Expect(Ok, m.Send("AT+UART_CUR=80,5,1,0,0\r\n"));
        Expect(Ok, m.Send("AT+UART_CUR=5000000,8,3,2,3\r\n"));
    }

    [TestMethod]
    [DataRow("AT+UART_CUR")]
    [DataRow("AT+UART_DEF")]
    public void SettingsThePlatformCannotRunAreRefusedWithTheReasonLogged(string command)
    {
        using var m = new Module();
        m.UartControl.Refusal = "no RTS pin";
        Expect(Err(0x010a0000), m.Send(command + "=115200,8,1,0,1\r\n"));
        Assert.AreEqual(0, m.UartControl.Switches.Count);
        Assert.IsTrue(m.Log.Any("no RTS pin"));
        Expect("+UART_DEF:115200,8,1,0,0\r\n" + Ok, m.Send("AT+UART_DEF?\r\n"));
    }

    [TestMethod]
    public void SysramPrintsFreeHeapAndTheLowestSeen()
    {
        using var m = new Module();
        m.Heap.FreeBytes = 148408;
        Expect("+SYSRAM:148408,148408\r\n" + Ok, m.Send("AT+SYSRAM?\r\n"));
        m.Heap.FreeBytes = 84044;
        Expect("+SYSRAM:84044,84044\r\n" + Ok, m.Send("AT+SYSRAM?\r\n"));
        m.Heap.FreeBytes = 120000;
        Expect("+SYSRAM:120000,84044\r\n" + Ok, m.Send("AT+SYSRAM?\r\n"));
    }

    [TestMethod]
    public void SysramWithoutAReadingIsAnExecutionError()
    {
        using var m = new Module();
        m.Heap.FreeBytes = null;
        Expect(Err(0x010a0000), m.Send("AT+SYSRAM?\r\n"));
        Assert.IsTrue(m.Log.Any("no heap statistics"));
    }

    [TestMethod]
    public void SleepReportsThePowerUpModeAfterBoot()
    {
        using var m = new Module();
        Expect("+SLEEP:1\r\n" + Ok, m.Send("AT+SLEEP?\r\n"));
    }

    [TestMethod]
    public void SleepAppliesAHonouredModeAndReportsIt()
    {
        using var m = new Module();
        Expect(Ok, m.Send("AT+SLEEP=0\r\n"));
        CollectionAssert.AreEqual(new[] { 0 }, m.Sleep.Applied);
        Expect("+SLEEP:0\r\n" + Ok, m.Send("AT+SLEEP?\r\n"));
    }

    [TestMethod]
    public void SleepRefusesAModeThePlatformCannotEnter()
    {
        using var m = new Module();
        Expect(Err(0x010a0000), m.Send("AT+SLEEP=2\r\n"));
        Expect("+SLEEP:1\r\n" + Ok, m.Send("AT+SLEEP?\r\n"));
    }

    [TestMethod]
    [DataRow("AT+SLEEP=4", 0x01070000)]
    [DataRow("AT+SLEEP=-1", 0x01070000)]
    [DataRow("AT+SLEEP=1,1", 0x01060000)]
    [DataRow("AT+SLEEP=x", 0x01080000)]
    public void SleepOutsideTheDocumentedModesIsRefused(string command, int code)
    {
        using var m = new Module();
        Expect(Err(code), m.Send(command + "\r\n"));
    }

    [TestMethod]
    public void RstGivesThePowerUpSleepModeBack()
    {
        using var m = new Module();
        m.Send("AT+SLEEP=0\r\n");
        m.Send("AT+RST\r\n");
        m.Send("ATE0\r\n");
        Expect("+SLEEP:1\r\n" + Ok, m.Send("AT+SLEEP?\r\n"));
        CollectionAssert.AreEqual(new[] { 0, 1 }, m.Sleep.Applied);
    }

    [TestMethod]
    public void SystimestampPrintsTheClockInUnixSeconds()
    {
        using var m = new Module();
        m.Clock.UtcNow = new DateTime(2019, 8, 15, 7, 18, 29, DateTimeKind.Utc);
        Expect("+SYSTIMESTAMP:1565853509\r\n" + Ok, m.Send("AT+SYSTIMESTAMP?\r\n"));
    }

    [TestMethod]
    public void SystimestampSetsTheClock()
    {
        using var m = new Module();
        Expect(Ok, m.Send("AT+SYSTIMESTAMP=1565853509\r\n"));
        CollectionAssert.AreEqual(new[] { "set 2019-08-15 07:18:29" }, m.TimeSync.Calls);
    }

    [TestMethod]
    public void SystimestampThatThePlatformCannotSetIsAnExecutionError()
    {
        using var m = new Module();
        m.TimeSync.TimeRefusal = "clock is read-only";
        Expect(Err(0x010a0000), m.Send("AT+SYSTIMESTAMP=1565853509\r\n"));
        Assert.IsTrue(m.Log.Any("clock is read-only"));
    }

    [TestMethod]
    [DataRow("AT+SYSTIMESTAMP=-1", 0x01070000)]
    [DataRow("AT+SYSTIMESTAMP=1,2", 0x01060000)]
    [DataRow("AT+SYSTIMESTAMP=soon", 0x01080000)]
    public void SystimestampOutsideItsRangeIsRefused(string command, int code)
    {
        using var m = new Module();
        Expect(Err(code), m.Send(command + "\r\n"));
        Assert.AreEqual(0, m.TimeSync.Calls.Count);
    }

    [TestMethod]
    [DataRow("AT+UART_CUR?")]
    [DataRow("AT+UART_DEF?")]
    [DataRow("AT+SYSRAM?")]
    [DataRow("AT+SLEEP?")]
    public void WithoutThePlatformPortTheCommandIsNotOffered(string query)
    {
        using var m = new Module(configurePorts: p =>
        {
            p.UartControl = null;
            p.SystemInfo = null;
            p.Sleep = null;
        });
        Expect(Err(0x01090000), m.Send(query + "\r\n"));
    }
}
