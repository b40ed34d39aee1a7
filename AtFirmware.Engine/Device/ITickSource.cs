namespace EspAtNano.Engine.Device
{
    /// <summary>A monotonic millisecond count (the wall clock jumps when SNTP sets it).</summary>
    internal interface ITickSource
    {
        long Milliseconds { get; }
    }
}
