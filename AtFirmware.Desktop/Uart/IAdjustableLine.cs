using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Uart;

/// <summary>A line with real electrical settings (a serial port), which AT+UART_CUR / AT+UART_DEF switch.</summary>
public interface IAdjustableLine
{
    /// <summary>Whether the port can run so; a refusal says why.</summary>
    SettingResult Check(UartSettings settings);

    /// <summary>Lets what was written leave at the old settings, then switches.</summary>
    SettingResult Apply(UartSettings settings);
}
