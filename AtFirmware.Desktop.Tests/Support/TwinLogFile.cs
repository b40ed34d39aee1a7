using System.Diagnostics;
using System.Text;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>
    /// Waiting for a line in the twin's --log FILE, read as it grows: under a flood the verbose
    /// trace pushes a log line out of the stderr tail that <see cref="TwinProcess"/> keeps long
    /// before a test could see it there.
    /// </summary>
    public static class TwinLogFile
    {
        private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

        public static void WaitFor(string path, string text, TimeSpan? timeout = null)
        {
            TimeSpan limit = timeout ?? AtHost.DefaultTimeout;
            Stopwatch watch = Stopwatch.StartNew();
            using FileStream file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            byte[] buffer = new byte[1 << 16];
            // The end of what was read last, so that a line split over two reads is still found.
            string carried = "";
            while (true)
            {
                int n;
                while ((n = file.Read(buffer, 0, buffer.Length)) > 0)
                {
                    string read = carried + Encoding.UTF8.GetString(buffer, 0, n);
                    if (read.Contains(text, StringComparison.Ordinal))
                    {
                        return;
                    }
                    carried = read.Substring(Math.Max(0, read.Length - text.Length));
                }
                if (watch.Elapsed > limit)
                {
                    throw new AssertFailedException("the twin did not log \"" + text + "\" in " + path + " within " + limit);
                }
                Thread.Sleep(Poll);
            }
        }
    }
}
