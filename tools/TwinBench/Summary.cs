using System.Globalization;
using System.Text;

namespace EspAtNano.TwinBench;

/// <summary>The one table the bench prints: medians, ratios, the issue's goals and whether each is met.</summary>
public static class Summary
{
    // The goal for CPU per publish: the twin at most this many times the direct client's.
    private const double CpuGoal = 1.5;

    public static string Table(IReadOnlyList<Scenario> scenarios, int rounds)
    {
        StringBuilder t = new StringBuilder();
        t.Append("Twin vs direct MQTTnet 5.2 client, same mosquitto, medians of ").Append(rounds).Append(" interleaved runs\n");
        t.Append("machine: ").Append(Environment.ProcessorCount).Append(" cores, ").Append(CpuModel()).Append(", ")
            .Append(System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription)
            // Other work on the machine moves every number here; the load says how much there was.
            .Append(", load average ").Append(LoadAverage()).Append('\n');
        t.Append("| | twin or floor | direct | ratio | goal | met |\n|---|---|---|---|---|---|\n");
        foreach (Scenario s in scenarios)
        {
            double twin = Median(s.TwinSamples, x => x.Rate) / s.UnitScale;
            double direct = Median(s.DirectSamples, x => x.Rate) / s.UnitScale;
            Row(t, s.Name + " (" + s.Unit + ")", F(twin), F(direct), twin / direct, double.IsNaN(s.Goal) ? null : "≥ " + F(s.Goal) + "×", twin / direct >= s.Goal);
        }
        foreach (Scenario s in scenarios.Where(x => !double.IsNaN(x.TwinSamples[0].CpuMsPer1000) && x.Unit == "k/s"))
        {
            double twin = Median(s.TwinSamples, x => x.CpuMsPer1000);
            double direct = Median(s.DirectSamples, x => x.CpuMsPer1000);
            Row(t, "CPU ms per 1,000: " + s.Name, F(twin), F(direct), twin / direct, double.IsNaN(s.Goal) ? null : "≤ " + F(CpuGoal) + "×", twin / direct <= CpuGoal);
        }
        long twinLost = scenarios.Sum(s => s.TwinSamples.Sum(x => x.Lost));
        long directLost = scenarios.Sum(s => s.DirectSamples.Sum(x => x.Lost));
        t.Append("| messages lost (all runs) | ").Append(twinLost).Append(" | ").Append(directLost).Append(" | | 0 | ")
            .Append(twinLost == 0 && directLost == 0 ? "yes" : "NO").Append(" |\n");
        return t.ToString();
    }

    /// <param name="goal">Null for a reference row (the AT hop floor), which has no goal to meet.</param>
    private static void Row(StringBuilder t, string name, string twin, string direct, double ratio, string? goal, bool met)
    {
        t.Append("| ").Append(name).Append(" | ").Append(twin).Append(" | ").Append(direct).Append(" | ")
            .Append(ratio.ToString("0.00", CultureInfo.InvariantCulture)).Append(" | ").Append(goal ?? "reference").Append(" | ")
            .Append(goal == null ? "" : met ? "yes" : "NO").Append(" |\n");
    }

    private static double Median(List<Sample> samples, Func<Sample, double> value)
    {
        double[] sorted = samples.Select(value).OrderBy(v => v).ToArray();
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static string F(double value)
    {
        return value.ToString(value >= 100 ? "0" : "0.0#", CultureInfo.InvariantCulture);
    }

    private static string LoadAverage()
    {
        return File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
    }

    private static string CpuModel()
    {
        const string Key = "model name";
        string? line = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith(Key, StringComparison.Ordinal))
            : null;
        return line == null ? "CPU model unknown" : line.Substring(line.IndexOf(':') + 1).Trim();
    }
}
