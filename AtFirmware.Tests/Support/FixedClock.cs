#nullable disable
using System;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware.Tests.Support
{
    /// <summary>A synchronised clock that stands still, so nothing in the output depends on when the test ran.</summary>
    public sealed class FixedClock : IClock
    {
        public DateTime UtcNow { get { return new DateTime(2026, 11, 28, 12, 0, 0); } }

        public bool IsSynchronised { get { return true; } }
    }
}
