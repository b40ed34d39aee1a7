using System.Diagnostics;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>Waiting for what the twin logs on stderr, which reaches the test a little after the twin wrote it.</summary>
    public static class TwinLog
    {
        private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

        /// <summary>Waits until the twin's stderr contains <paramref name="text"/>; fails the test when it does not in time.</summary>
        public static void WaitFor(TwinProcess twin, string text, TimeSpan? timeout = null)
        {
            TimeSpan limit = timeout ?? AtHost.DefaultTimeout;
            Stopwatch watch = Stopwatch.StartNew();
            while (!twin.Stderr.Contains(text, StringComparison.Ordinal))
            {
                if (watch.Elapsed > limit)
                {
                    throw new AssertFailedException("the twin did not log \"" + text + "\" within " + limit + ":\n" + twin.Stderr);
                }
                Thread.Sleep(Poll);
            }
        }
    }
}
