using System;
using EspAtNano.Engine.Device;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// AT+SYSRAM? on the ESP32: the managed heap, where every allocation of the module's own code
    /// (buffers, messages, certificates) comes from and where running out fails a command.
    /// nanoFramework reports its free bytes only after a collection (GC.Run), so a query costs one
    /// collection; it keeps no low-water mark, so the engine keeps the lowest value read.
    /// </summary>
    internal sealed class BoardSystemInfo : ISystemInfo
    {
        public HeapReading ReadHeap()
        {
            try
            {
                return HeapReading.Free((int)nanoFramework.Runtime.Native.GC.Run(false));
            }
            catch (Exception e)
            {
                return HeapReading.Unknown("GC.Run failed: " + Failure.Describe(e));
            }
        }
    }
}
