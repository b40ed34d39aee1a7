namespace EspAtNano.TwinBench;

/// <summary>One timed run: its rate, its CPU per 1,000 operations where measured (else NaN), and messages lost.</summary>
public readonly record struct Sample(double Rate, double CpuMsPer1000, long Lost);
