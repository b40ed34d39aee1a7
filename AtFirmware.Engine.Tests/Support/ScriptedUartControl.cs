namespace EspAtNano.Tests.Support;

/// <summary>
/// The UART's line settings, in memory: records each switch with what the UART had carried by
/// then, so a test can see that the OK went out before the line changed.
/// </summary>
public sealed class ScriptedUartControl : IUartControl
{
    public static readonly UartSettings Factory = new(115200, 8, 1, 0, 0);

    private readonly CapturingUart _uart;

    public ScriptedUartControl(CapturingUart uart)
    {
        _uart = uart;
    }

    /// <summary>Each switch: the settings and everything the UART had been written before it.</summary>
    public readonly List<(UartSettings Settings, string WrittenBefore)> Switches = new();

    /// <summary>Set to refuse every Check with this reason.</summary>
    public string? Refusal;

    public UartSettings Current { get; private set; } = Factory;

    public UartSettings Saved { get; private set; } = Factory;

    public SettingResult Check(UartSettings settings) => Refusal == null ? SettingResult.Applied : SettingResult.Refused(Refusal);

    public void Apply(UartSettings settings)
    {
        Switches.Add((settings, _uart.All));
        Current = settings;
    }

    public SettingResult Save(UartSettings settings)
    {
        Saved = settings;
        return SettingResult.Applied;
    }

    public SettingResult ForgetSaved()
    {
        Saved = Factory;
        return SettingResult.Applied;
    }
}
