using System.Runtime.InteropServices;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>
    /// The slave side of the twin's pseudo-terminal, as the host's serial port: opened with
    /// O_NOCTTY, put in raw mode (cfmakeraw: no echo, no line editing, no CR/LF mapping, 8 bit),
    /// read with poll() so that Dispose ends a pending read.
    /// </summary>
    public sealed class PtyStream : Stream
    {
        private const int O_RDWR = 0x2;
        private const int O_NOCTTY = 0x100;
        private const int O_CLOEXEC = 0x80000;
        private const int TCSANOW = 0;
        private const int TCIOFLUSH = 2;
        private const short POLLIN = 0x1;
        private const short POLLERR = 0x8;
        private const short POLLHUP = 0x10;
        private const int EINTR = 4;
        private const int EAGAIN = 11;

        private int _fd;
        private volatile bool _disposed;

        public PtyStream(string path)
        {
            _fd = open(path, O_RDWR | O_NOCTTY | O_CLOEXEC);
            if (_fd < 0)
            {
                throw new IOException("open(" + path + ") failed: errno " + Marshal.GetLastPInvokeError());
            }
            // struct termios is 60 bytes on Linux; a larger buffer is harmless.
            byte[] termios = new byte[256];
            if (tcgetattr(_fd, termios) != 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                _ = close(_fd);
                throw new IOException("tcgetattr(" + path + ") failed: errno " + errno);
            }
            cfmakeraw(termios);
            if (tcsetattr(_fd, TCSANOW, termios) != 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                _ = close(_fd);
                throw new IOException("tcsetattr(" + path + ") failed: errno " + errno);
            }
        }

        public override bool CanRead => true;
        public override bool CanWrite => true;
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            while (true)
            {
                if (_disposed)
                {
                    return 0;
                }
                PollFd p = new PollFd { Fd = _fd, Events = POLLIN };
                int ready = poll(ref p, 1, 200);
                if (ready < 0)
                {
                    int errno = Marshal.GetLastPInvokeError();
                    if (errno == EINTR)
                    {
                        continue;
                    }
                    throw new IOException("poll failed: errno " + errno);
                }
                if (ready == 0)
                {
                    continue;
                }
                if ((p.Revents & POLLIN) == 0 && (p.Revents & (POLLHUP | POLLERR)) != 0)
                {
                    // The master side is closed: the twin has gone.
                    return 0;
                }
                unsafe
                {
                    fixed (byte* b = &buffer[offset])
                    {
                        nint n = read(_fd, b, count);
                        if (n < 0)
                        {
                            int errno = Marshal.GetLastPInvokeError();
                            if (errno == EINTR || errno == EAGAIN)
                            {
                                continue;
                            }
                            // EIO: the master is closed.
                            return 0;
                        }
                        return (int)n;
                    }
                }
            }
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            int done = 0;
            while (done < count)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                unsafe
                {
                    fixed (byte* b = &buffer[offset + done])
                    {
                        nint n = write(_fd, b, count - done);
                        if (n < 0)
                        {
                            int errno = Marshal.GetLastPInvokeError();
                            if (errno == EINTR || errno == EAGAIN)
                            {
                                Thread.Sleep(1);
                                continue;
                            }
                            throw new IOException("write failed: errno " + errno);
                        }
                        done += (int)n;
                    }
                }
            }
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (!_disposed)
            {
                _disposed = true;
                // Give a pending Read's poll time to see the flag before the fd number can be reused.
                Thread.Sleep(250);
                _ = close(_fd);
                _fd = -1;
            }
            base.Dispose(disposing);
        }

        [StructLayout(LayoutKind.Sequential)]
        private struct PollFd
        {
            public int Fd;
            public short Events;
            public short Revents;
        }

        [DllImport("libc", SetLastError = true)]
        private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", SetLastError = true)]
        private static extern int close(int fd);

        [DllImport("libc", SetLastError = true)]
        private static extern unsafe nint read(int fd, byte* buffer, nint count);

        [DllImport("libc", SetLastError = true)]
        private static extern unsafe nint write(int fd, byte* buffer, nint count);

        [DllImport("libc", SetLastError = true)]
        private static extern int poll(ref PollFd fds, uint count, int timeoutMs);

        [DllImport("libc", SetLastError = true)]
        private static extern int tcgetattr(int fd, byte[] termios);

        [DllImport("libc", SetLastError = true)]
        private static extern int tcsetattr(int fd, int optionalActions, byte[] termios);

        [DllImport("libc")]
        private static extern void cfmakeraw(byte[] termios);
    }
}
