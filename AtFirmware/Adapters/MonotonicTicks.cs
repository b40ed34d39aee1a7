using System;
using EspAtNano.Engine.Device;

namespace EspAtNano.Firmware
{
    /// <summary>Environment.TickCount64 (nanoFramework.Runtime.Native): milliseconds since boot, unmoved by SNTP.</summary>
    internal sealed class MonotonicTicks : ITickSource
    {
        public long Milliseconds
        {
            get { return Environment.TickCount64; }
        }
    }
}
