namespace EspAtNano.Engine.Ports
{
    /// <summary>What the board can say about itself (AT+SYSRAM?).</summary>
    public interface ISystemInfo
    {
        /// <summary>The heap the module's own allocations come from; never throws.</summary>
        HeapReading ReadHeap();
    }
}
