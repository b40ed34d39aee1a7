namespace EspAtNano.TwinBench;

/// <summary>Something the bench drives as a host drives a module over its UART: the twin, or the AT hop floor.</summary>
public interface IAtModule
{
    UartReader Reader { get; }

    /// <summary>CPU time the module's process has used so far (all its threads).</summary>
    TimeSpan CpuTime { get; }

    void Send(byte[] bytes);
}
