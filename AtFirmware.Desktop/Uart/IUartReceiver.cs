namespace EspAtNano.Desktop.Uart;

/// <summary>Where a UART delivers what the host sends; called on the UART's reading thread only.</summary>
public interface IUartReceiver
{
    /// <summary>A host is on the line: once at start, or on every accepted connection for TCP.</summary>
    void HostAttached();

    void Received(byte[] data, int count);

    /// <summary>
    /// Waits until the command the host left running has answered and the answer has left;
    /// false when that has not happened within <paramref name="timeoutMs"/>.
    /// </summary>
    bool WaitAnswered(int timeoutMs);
}
