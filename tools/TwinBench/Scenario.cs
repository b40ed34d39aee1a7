namespace EspAtNano.TwinBench;

/// <summary>One row of the comparison: the same work done through the twin and by the direct client.</summary>
public sealed class Scenario
{
    public Scenario(string name, string unit, double unitScale, double goal, int count, Func<int, Sample> twin, Func<int, Sample> direct)
    {
        Name = name;
        Unit = unit;
        UnitScale = unitScale;
        Goal = goal;
        Count = count;
        Twin = twin;
        Direct = direct;
    }

    public string Name { get; }
    /// <summary>How the rate is shown ("k/s", "MB/s"), and what the rate in operations per second is divided by for it.</summary>
    public string Unit { get; }
    public double UnitScale { get; }
    /// <summary>The least twin/direct rate ratio that meets the goal; NaN for a reference row (the AT hop floor).</summary>
    public double Goal { get; }
    /// <summary>Operations per timed run.</summary>
    public int Count { get; }
    public Func<int, Sample> Twin { get; }
    public Func<int, Sample> Direct { get; }
    public List<Sample> TwinSamples { get; } = new List<Sample>();
    public List<Sample> DirectSamples { get; } = new List<Sample>();
}
