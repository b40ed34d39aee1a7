using System.Runtime.InteropServices;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Uart;

/// <summary>
/// A new pseudo-terminal as the UART: the host opens its path like a serial device, in raw mode
/// (no echo, no CR/LF translation, no signal characters), so every byte passes unchanged.
/// The twin keeps the terminal side open itself, so the line stays up while hosts come and go
/// (a pty master reads only EIO while no one has it open) and what the module prints waits in
/// the terminal's buffer for the next host. Once that buffer is full, because nobody reads,
/// output is dropped instead of stalling the module, like a TX line nobody listens to.
/// </summary>
public sealed class PtyUart : IUart
{
    private const int PollMs = 200;
    private const int WriteWaitMs = 200;

    private readonly ILog _log;
    private readonly int _master;
    private readonly int _terminal;
    private readonly string _path;
    private readonly string? _link;
    private bool _dropping;

    private PtyUart(ILog log, int master, int terminal, string path, string? link)
    {
        _log = log;
        _master = master;
        _terminal = terminal;
        _path = path;
        _link = link;
    }

    /// <param name="link">A symbolic link to create to the terminal, or null.</param>
    public static PtyUart Open(string? link, ILog log)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("--pty works on Linux only; use --tcp or --serial here");
        }
        int master = Libc.Check(Libc.posix_openpt(Libc.O_RDWR | Libc.O_NOCTTY | Libc.O_NONBLOCK), "posix_openpt");
        int terminal = -1;
        try
        {
            Libc.Check(Libc.grantpt(master), "grantpt");
            Libc.Check(Libc.unlockpt(master), "unlockpt");
            string path = Marshal.PtrToStringAnsi(Libc.ptsname(master)) ?? throw new IOException("ptsname failed");
            terminal = Libc.Check(Libc.open(path, Libc.O_RDWR | Libc.O_NOCTTY), "open " + path);
            MakeRaw(terminal);
            if (link != null)
            {
                CreateLink(link, path);
            }
            return new PtyUart(log, master, terminal, path, link);
        }
        catch
        {
            // Linux releases the descriptor even when close(2) fails, so its result changes nothing.
            if (terminal >= 0)
            {
                _ = Libc.close(terminal);
            }
            _ = Libc.close(master);
            throw;
        }
    }

    public string Description { get { return "pty " + _path; } }

    public void Run(IUartReceiver receiver, CancellationToken stop)
    {
        receiver.HostAttached();
        byte[] buffer = new byte[4096];
        while (!stop.IsCancellationRequested)
        {
            if (!Wait(Libc.POLLIN, PollMs))
            {
                continue;
            }
            nint count = Libc.read(_master, buffer, buffer.Length);
            if (count > 0)
            {
                receiver.Received(buffer, (int)count);
                continue;
            }
            int errno = Marshal.GetLastPInvokeError();
            if (count < 0 && errno != Libc.EAGAIN && errno != Libc.EINTR)
            {
                _log.Write("uart: reading the pty failed: " + Marshal.GetPInvokeErrorMessage(errno));
                stop.WaitHandle.WaitOne(PollMs);
            }
        }
    }

    public void Write(byte[] data, int offset, int count)
    {
        while (count > 0)
        {
            nint written = Libc.write(_master, ref data[offset], count);
            if (written > 0)
            {
                offset += (int)written;
                count -= (int)written;
                _dropping = false;
                continue;
            }
            int errno = Marshal.GetLastPInvokeError();
            if (errno == Libc.EINTR || (errno == Libc.EAGAIN && !_dropping && Wait(Libc.POLLOUT, WriteWaitMs)))
            {
                continue;
            }
            if (!_dropping)
            {
                _dropping = true;
                _log.Write("uart: nobody is reading " + _path + ", output dropped until someone does");
            }
            return;
        }
    }

    public void Dispose()
    {
        if (_link != null && new FileInfo(_link).LinkTarget == _path)
        {
            File.Delete(_link);
        }
        _ = Libc.close(_terminal);
        _ = Libc.close(_master);
    }

    private bool Wait(short events, int timeoutMs)
    {
        Libc.PollFd fd = new Libc.PollFd { Fd = _master, Events = events };
        return Libc.poll(ref fd, 1, timeoutMs) > 0 && (fd.Revents & events) != 0;
    }

    private static void MakeRaw(int fd)
    {
        byte[] termios = new byte[Libc.TermiosSize];
        Libc.Check(Libc.tcgetattr(fd, termios), "tcgetattr");
        Libc.cfmakeraw(termios);
        Libc.Check(Libc.tcsetattr(fd, Libc.TCSANOW, termios), "tcsetattr");
    }

    /// <summary>Replaces a link left by an earlier run, but never a real file.</summary>
    private static void CreateLink(string link, string target)
    {
        FileInfo existing = new FileInfo(link);
        if (existing.LinkTarget != null)
        {
            existing.Delete();
        }
        else if (existing.Exists || Directory.Exists(link))
        {
            throw new IOException(link + " exists and is not a symbolic link; not replacing it");
        }
        File.CreateSymbolicLink(link, target);
    }
}
