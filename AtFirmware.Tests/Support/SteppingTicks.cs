#nullable disable
using EspAtNano.Engine.Device;

namespace EspAtNano.Firmware.Tests.Support
{
    /// <summary>A monotonic clock that moves on by a fixed step at every reading, so round trips are known exactly.</summary>
    internal sealed class SteppingTicks : ITickSource
    {
        private readonly long _step;
        private readonly object _sync = new object();
        private long _now;

        public SteppingTicks(long stepMs)
        {
            _step = stepMs;
        }

        public long Milliseconds
        {
            get
            {
                lock (_sync)
                {
                    _now += _step;
                    return _now;
                }
            }
        }
    }
}
