using System.Runtime.InteropServices;

namespace EspAtNano.Desktop.Uart;

/// <summary>
/// The libc calls a pseudo-terminal needs, which .NET has no managed API for. Constants are
/// Linux's (x86-64 and ARM share them); PtyUart refuses other systems.
/// </summary>
internal static class Libc
{
    public const int O_RDWR = 0x2;
    public const int O_NOCTTY = 0x100;
    public const int O_NONBLOCK = 0x800;
    public const int TCSANOW = 0;
    public const int EINTR = 4;
    public const int EAGAIN = 11;
    public const short POLLIN = 0x1;
    public const short POLLOUT = 0x4;

    /// <summary>Room for struct termios (60 bytes on Linux); only libc looks inside it.</summary>
    public const int TermiosSize = 256;

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [DllImport("libc", SetLastError = true)]
    public static extern int posix_openpt(int flags);

    [DllImport("libc", SetLastError = true)]
    public static extern int grantpt(int fd);

    [DllImport("libc", SetLastError = true)]
    public static extern int unlockpt(int fd);

    [DllImport("libc", SetLastError = true)]
    public static extern IntPtr ptsname(int fd);

    [DllImport("libc", SetLastError = true)]
    public static extern int open(string path, int flags);

    [DllImport("libc", SetLastError = true)]
    public static extern int close(int fd);

    [DllImport("libc", SetLastError = true)]
    public static extern nint read(int fd, byte[] buffer, nint count);

    [DllImport("libc", SetLastError = true)]
    public static extern nint write(int fd, ref byte buffer, nint count);

    [DllImport("libc", SetLastError = true)]
    public static extern int poll(ref PollFd fd, nuint count, int timeoutMs);

    [DllImport("libc", SetLastError = true)]
    public static extern int tcgetattr(int fd, byte[] termios);

    [DllImport("libc", SetLastError = true)]
    public static extern int tcsetattr(int fd, int when, byte[] termios);

    [DllImport("libc")]
    public static extern void cfmakeraw(byte[] termios);

    /// <summary>Throws with errno's text when a call returned -1.</summary>
    public static int Check(int result, string call)
    {
        if (result < 0)
        {
            throw new IOException(call + " failed: " + Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
        }
        return result;
    }
}
