using System.Runtime.InteropServices;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>
    /// Named pipes (FIFOs) in the file system: a file that blocks whoever opens it for reading
    /// until a writer comes, and whose reads never end while a writer holds it open.
    /// </summary>
    public static class Fifo
    {
        private const int O_WRONLY = 0x1;
        private const int O_NONBLOCK = 0x800;
        private const int O_CLOEXEC = 0x80000;

        public static void Create(string path)
        {
            if (mkfifo(path, 0x1A4) != 0)
            {
                throw new IOException("mkfifo(" + path + ") failed: " + Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
            }
        }

        /// <summary>
        /// Lets a reader blocked on opening <paramref name="path"/> go on (it then reads an empty
        /// file): a writer opens and closes at once. Without a reader this does nothing, never blocks.
        /// </summary>
        public static void ReleaseBlockedReader(string path)
        {
            int fd = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC);
            if (fd >= 0)
            {
                _ = close(fd);
            }
        }

        [DllImport("libc", SetLastError = true)]
        private static extern int mkfifo(string path, uint mode);

        [DllImport("libc", SetLastError = true)]
        private static extern int open(string path, int flags);

        [DllImport("libc", SetLastError = true)]
        private static extern int close(int fd);
    }
}
