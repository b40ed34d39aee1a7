namespace EspAtNano.Desktop;

/// <summary>How the host reaches the module's UART.</summary>
public enum UartKind
{
    Console,
    Tcp,
    Pty,
    Serial
}
