using System.Diagnostics;
using System.Net.Sockets;

namespace EspAtNano.TwinBench;

/// <summary>
/// Something the bench drives as a host drives a module over its UART, in a process of its own:
/// the twin, or the AT hop floor. Closing it closes the UART, then ends the process.
/// </summary>
public abstract class AtModuleProcess : IDisposable
{
    private readonly Process _process;
    private readonly Socket _uart;
    private readonly int _exitWaitMs;

    /// <param name="exitWaitMs">How long the process may take to end by itself once its UART is closed before it is killed.</param>
    protected AtModuleProcess(Process process, Socket uart, int exitWaitMs)
    {
        _process = process;
        _uart = uart;
        _exitWaitMs = exitWaitMs;
        Reader = new UartReader(uart);
    }

    public UartReader Reader { get; }

    /// <summary>CPU time the module's process has used so far (all its threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public void Send(byte[] bytes)
    {
        _uart.Send(bytes);
    }

    public void Dispose()
    {
        _uart.Dispose();
        if (!_process.WaitForExit(_exitWaitMs))
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }
        GC.SuppressFinalize(this);
    }
}
