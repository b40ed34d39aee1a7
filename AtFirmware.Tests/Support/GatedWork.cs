#nullable disable
using System;
using System.Threading;
using EspAtNano.Engine.Device;

namespace EspAtNano.Firmware.Tests.Support
{
    /// <summary>A blocking platform call (BoundedCall's work) that runs until the test releases it, then produces 42 or throws.</summary>
    internal sealed class GatedWork : IBlockingWork
    {
        public readonly ManualResetEvent Release = new ManualResetEvent(false);
        public readonly ManualResetEvent Started = new ManualResetEvent(false);
        public readonly ManualResetEvent Discarded = new ManualResetEvent(false);

        /// <summary>What Run throws once released; null: it produces its result.</summary>
        public Exception Throw { get; set; }
        public int Result { get; private set; }

        /// <summary>Discard throws after it signalled (a release that fails on a dead link).</summary>
        public bool FailDiscard { get; set; }

        public void Run()
        {
            Started.Set();
            if (!Release.WaitOne(Waiting.LimitMs, false))
            {
                throw new InvalidOperationException("the test never released the work");
            }
            if (Throw != null)
            {
                throw Throw;
            }
            Result = 42;
        }

        public void Discard()
        {
            Discarded.Set();
            if (FailDiscard)
            {
                throw new InvalidOperationException("release failed");
            }
        }
    }
}
