using System.Globalization;
using System.Text.RegularExpressions;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>What the kernel says about a process's memory (Linux, /proc/&lt;pid&gt;/status).</summary>
    public static class ProcessMemory
    {
        private static readonly Regex PeakLine = new Regex(@"^VmHWM:\s+(?<kb>\d+) kB", RegexOptions.Multiline);

        /// <summary>
        /// The most resident memory the process has had at any moment so far (VmHWM), in bytes: a
        /// peak between two readings shows even when it was freed again before the second one.
        /// </summary>
        public static long PeakResidentBytes(int processId)
        {
            string status = File.ReadAllText("/proc/" + processId + "/status");
            Match m = PeakLine.Match(status);
            if (!m.Success)
            {
                throw new AssertFailedException("no VmHWM line in /proc/" + processId + "/status:\n" + status);
            }
            return long.Parse(m.Groups["kb"].Value, CultureInfo.InvariantCulture) * 1024;
        }
    }
}
