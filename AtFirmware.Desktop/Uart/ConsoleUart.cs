using System.Runtime.InteropServices;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Uart;

/// <summary>
/// stdin and stdout as the UART, for a person at a terminal or a script with a pipe. A pipe
/// ends a line with "\n" alone, which no ESP-AT host sends, so a "\n" that does not follow a
/// "\r" is taken as "\r\n". A terminal (Linux) is switched to character mode, as a serial
/// terminal program would: each key goes to the module at once and what appears is the
/// module's own echo, not the terminal's (which would show every line twice); Enter sends
/// "\r", taken as "\r\n"; Ctrl+C still stops the twin. Output goes to stdout unchanged.
/// </summary>
public sealed class ConsoleUart : IUart
{
    private const int StdinFd = 0;
    // struct termios on Linux: c_iflag, c_oflag, c_cflag, c_lflag (4 bytes each); ISIG in c_lflag.
    private const int LocalFlagsOffset = 12;
    private const int Isig = 0x1;

    private readonly Stream _stdin;
    private readonly Stream _stdout = Console.OpenStandardOutput();
    private readonly ILog _log;
    private readonly byte[]? _savedTerminal;
    private readonly byte _lineEnd;
    private byte _previous;

    public ConsoleUart(ILog log)
    {
        _log = log;
        _savedTerminal = Console.IsInputRedirected || !OperatingSystem.IsLinux() ? null : EnterCharacterMode();
        _lineEnd = _savedTerminal != null ? (byte)'\r' : (byte)'\n';
        if (_savedTerminal != null)
        {
            // A raw terminal no longer starts a new line at its left edge on "\n": the twin's own
            // lines on stderr (the same screen) end with "\r\n" instead, or they staircase.
            Console.Error.NewLine = "\r\n";
        }
        // .NET's own stdin stream edits and echoes terminal input line by line; the module wants the keys.
        _stdin = _savedTerminal != null
            ? new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(StdinFd, false), FileAccess.Read, 1)
            : Console.OpenStandardInput();
    }

    public string Description { get { return "console"; } }

    public void Run(IUartReceiver receiver, CancellationToken stop)
    {
        receiver.HostAttached();
        byte[] input = new byte[4096];
        byte[] translated = new byte[input.Length * 2];
        int count;
        while (!stop.IsCancellationRequested && (count = _stdin.Read(input, 0, input.Length)) > 0)
        {
            receiver.Received(translated, Translate(input, count, translated));
        }
    }

    public void Write(byte[] data, int offset, int count)
    {
        try
        {
            _stdout.Write(data, offset, count);
            _stdout.Flush();
        }
        catch (IOException e)
        {
            _log.Write("uart: cannot write to stdout: " + e.Message);
        }
    }

    public void Dispose()
    {
        if (_savedTerminal != null)
        {
            if (Libc.tcsetattr(StdinFd, Libc.TCSANOW, _savedTerminal) == 0)
            {
                Console.Error.NewLine = Environment.NewLine;
            }
            else
            {
                _log.Write("uart: cannot restore the terminal's settings: " + Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
            }
        }
        _stdout.Dispose();
    }

    /// <summary>Raw input but for signals; returns the terminal's settings to restore.</summary>
    private static byte[]? EnterCharacterMode()
    {
        byte[] saved = new byte[Libc.TermiosSize];
        if (Libc.tcgetattr(StdinFd, saved) != 0)
        {
            return null;
        }
        byte[] raw = (byte[])saved.Clone();
        Libc.cfmakeraw(raw);
        raw[LocalFlagsOffset] |= Isig;
        return Libc.tcsetattr(StdinFd, Libc.TCSANOW, raw) == 0 ? saved : null;
    }

    private int Translate(byte[] input, int count, byte[] output)
    {
        int length = 0;
        for (int i = 0; i < count; i++)
        {
            byte b = input[i];
            if (b == '\n' && _previous != '\r' && _lineEnd == '\n')
            {
                output[length++] = (byte)'\r';
            }
            output[length++] = b;
            if (b == '\r' && _lineEnd == '\r')
            {
                output[length++] = (byte)'\n';
            }
            _previous = b;
        }
        return length;
    }
}
