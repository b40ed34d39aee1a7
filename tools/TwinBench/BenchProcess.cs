using System.Diagnostics;
using System.Globalization;

namespace EspAtNano.TwinBench;

/// <summary>The bench's own program started again in one of its helper modes (the message counter, the AT hop floor).</summary>
public static class BenchProcess
{
    /// <param name="mode">The mode's command-line switch.</param>
    /// <param name="brokerPort">The broker the helper connects to.</param>
    /// <param name="withInput">Whether the parent writes to the helper's stdin.</param>
    public static Process Start(string mode, int brokerPort, bool withInput)
    {
        ProcessStartInfo info = new ProcessStartInfo(Broker.FindOnPath("dotnet") ?? "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardInput = withInput,
            RedirectStandardOutput = true,
        };
        info.ArgumentList.Add(typeof(BenchProcess).Assembly.Location);
        info.ArgumentList.Add(mode);
        info.ArgumentList.Add(brokerPort.ToString(CultureInfo.InvariantCulture));
        return Process.Start(info) ?? throw new InvalidOperationException("the bench could not start itself with " + mode);
    }
}
