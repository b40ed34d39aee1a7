using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Platform;

/// <summary>
/// AT+SYSRAM? on the twin: the .NET heap's room, what the GC may still use (its available memory,
/// the container's limit where there is one) less what the twin's objects take now. Capped at
/// int.MaxValue, so a host that reads it into a 32-bit integer (every ESP-AT driver) never overflows.
/// </summary>
public sealed class TwinSystemInfo : ISystemInfo
{
    public HeapReading ReadHeap()
    {
        long free = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes - GC.GetTotalMemory(false);
        return HeapReading.Free((int)Math.Clamp(free, 0, int.MaxValue));
    }
}
