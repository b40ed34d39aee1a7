#nullable disable
using System;
using System.Collections;
using System.Threading;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware.Tests.Support
{
    /// <summary>
    /// A serial port's blocking Write: it holds the caller while the port is shut (a host that
    /// stopped reading, RTS/CTS), records every byte it took, and can fail its next writes.
    /// </summary>
    public sealed class GatedPort : IByteSink
    {
        private readonly ManualResetEvent _open;
        private readonly ArrayList _written = new ArrayList();
        private readonly AutoResetEvent _wrote = new AutoResetEvent(false);

        /// <summary>Set when a Write came in (reset by Shut).</summary>
        public readonly ManualResetEvent Entered = new ManualResetEvent(false);

        /// <summary>How many of the next writes throw instead of taking their bytes.</summary>
        public int FailNextWrites { get; set; }

        public GatedPort(bool open)
        {
            _open = new ManualResetEvent(open);
        }

        public void Open()
        {
            _open.Set();
        }

        public void Shut()
        {
            _open.Reset();
            Entered.Reset();
        }

        public void Write(byte[] data, int offset, int count)
        {
            Entered.Set();
            if (!_open.WaitOne(Waiting.LimitMs, false))
            {
                throw new InvalidOperationException("the test never opened the port");
            }
            lock (_written)
            {
                if (FailNextWrites > 0)
                {
                    FailNextWrites--;
                    throw new InvalidOperationException("port gone");
                }
                for (int i = 0; i < count; i++)
                {
                    _written.Add(data[offset + i]);
                }
            }
            _wrote.Set();
        }

        /// <summary>
        /// Every byte written so far once there are at least <paramref name="count"/>; fewer
        /// when they did not come within Waiting.LimitMs (the comparison then shows what is missing).
        /// </summary>
        public byte[] WaitFor(int count)
        {
            DateTime deadline = DateTime.UtcNow.AddMilliseconds(Waiting.LimitMs);
            while (true)
            {
                lock (_written)
                {
                    if (_written.Count >= count || DateTime.UtcNow > deadline)
                    {
                        byte[] bytes = new byte[_written.Count];
                        for (int i = 0; i < bytes.Length; i++)
                        {
                            bytes[i] = (byte)_written[i];
                        }
                        return bytes;
                    }
                }
                _wrote.WaitOne(100, false);
            }
        }
    }
}
