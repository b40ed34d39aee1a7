#nullable disable
using System;
using System.Threading;

namespace EspAtNano.Firmware.Tests.Support
{
    /// <summary>A state the test waits for when nothing signals it (a ring's fill level).</summary>
    public delegate bool Condition();

    /// <summary>
    /// Waits for the tests of threaded device logic: generous limits, because nanoCLR shares a
    /// loaded 2-core machine; a limit only ends a hang, it never decides a result on its own.
    /// </summary>
    public static class Waiting
    {
        /// <summary>How long anything that should happen is waited for.</summary>
        public const int LimitMs = 20000;

        /// <summary>True as soon as <paramref name="condition"/> holds, false when it did not within LimitMs.</summary>
        public static bool Until(Condition condition)
        {
            DateTime deadline = DateTime.UtcNow.AddMilliseconds(LimitMs);
            while (!condition())
            {
                if (DateTime.UtcNow > deadline)
                {
                    return false;
                }
                Thread.Sleep(1);
            }
            return true;
        }
    }
}
