using EspAtNano.Engine.Device;

namespace EspAtNano.Tests.Device;

/// <summary>
/// AT+UART_DEF's stored line and the ESP32 driver's rules (AtFirmware.Engine/Device/UartSettingsText.cs,
/// UartRules.cs): what is stored comes back the same, a damaged line is no settings, and the
/// board boots with settings its driver and pins can run.
/// </summary>
[TestClass]
public sealed class UartSettingsTests
{
    private static readonly UartSettings Configured = new(115200, 8, 1, 0, 0);

    [TestMethod]
    public void AStoredLineReadsBackTheSameSettings()
    {
        var stored = new UartSettings(921600, 7, 3, 2, 3);
        string text = UartSettingsText.Format(stored);
        Assert.AreEqual("921600,7,3,2,3", text);
        UartSettings? read = UartSettingsText.Parse(text + "\r\n", out string? problem);
        Assert.IsNotNull(read, problem);
        Assert.AreEqual((921600, 7, 3, 2, 3), (read.BaudRate, read.DataBits, read.StopBits, read.Parity, read.FlowControl));
    }

    [TestMethod]
    [DataRow("", "is not five numbers")]
    [DataRow("115200,8,1,0", "is not five numbers")]
    [DataRow("115200,8,1,0,0,0", "is not five numbers")]
    [DataRow("115200,8,one,0,0", "is not five numbers")]
    [DataRow("79,8,1,0,0", "holds settings out of range")]
    [DataRow("5000001,8,1,0,0", "holds settings out of range")]
    [DataRow("115200,9,1,0,0", "holds settings out of range")]
    [DataRow("115200,8,0,0,0", "holds settings out of range")]
    [DataRow("115200,8,1,3,0", "holds settings out of range")]
    [DataRow("115200,8,1,0,4", "holds settings out of range")]
    public void ADamagedLineIsNoSettings(string text, string problem)
    {
        Assert.IsNull(UartSettingsText.Parse(text, out string? why));
        Assert.AreEqual(problem, why);
    }

    [TestMethod]
    public void NoFileIsNoSettings()
    {
        Assert.IsNull(UartSettingsText.Parse(null!, out _));
    }

    [TestMethod]
    [DataRow(1)]
    [DataRow(2)]
    public void RtsOrCtsAloneIsRefused(int flowControl)
    {
        var result = UartRules.Check(new UartSettings(115200, 8, 1, 0, flowControl), flowPinsMapped: true);
        Assert.IsFalse(result.IsApplied);
        Assert.AreEqual("the ESP32 driver switches RTS and CTS together: flow control 0 or 3 only", result.Reason);
    }

    [TestMethod]
    public void RtsCtsNeedsItsPins()
    {
        var settings = new UartSettings(115200, 8, 1, 0, 3);
        Assert.IsTrue(UartRules.Check(settings, flowPinsMapped: true).IsApplied);
        Assert.IsFalse(UartRules.Check(settings, flowPinsMapped: false).IsApplied);
        Assert.IsTrue(UartRules.Check(Configured, flowPinsMapped: false).IsApplied);
    }

    [TestMethod]
    public void TheBoardBootsWithStoredSettingsItCanRun()
    {
        var stored = new UartSettings(921600, 8, 1, 0, 0);
        var storedWithFlow = new UartSettings(921600, 8, 1, 0, 3);
        Assert.AreSame(stored, UartRules.PowerUp(stored, Configured, flowPinsMapped: false));
        Assert.AreSame(storedWithFlow, UartRules.PowerUp(storedWithFlow, Configured, flowPinsMapped: true));
        Assert.AreSame(Configured, UartRules.PowerUp(storedWithFlow, Configured, flowPinsMapped: false));
        Assert.AreSame(Configured, UartRules.PowerUp(null!, Configured, flowPinsMapped: true));
    }

    [TestMethod]
    [DataRow(115200, 12)]
    [DataRow(9600, 134)]
    [DataRow(5000000, 1)]
    public void TheFifoDrainsInItsTransmitTime(int baud, int ms)
    {
        Assert.AreEqual(ms, UartRules.FifoDrainMs(baud));
    }
}
