#nullable disable
using System;
using System.Threading;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware.Tests.Support
{
    /// <summary>
    /// The UART's transmit side, recorded byte for byte. Text is read one char per byte (Latin-1),
    /// so no encoding library is needed on nanoFramework and every byte stays visible.
    /// </summary>
    public sealed class RecordingUart : IByteSink
    {
        // A missed wake-up only delays a waiter by this much, never makes it miss text.
        private const int WakeCheckMs = 100;

        private readonly object _sync = new object();
        private readonly AutoResetEvent _written = new AutoResetEvent(false);
        private byte[] _bytes = new byte[1024];
        private int _length;
        private int _taken;

        public void Write(byte[] data, int offset, int count)
        {
            lock (_sync)
            {
                if (_length + count > _bytes.Length)
                {
                    byte[] larger = new byte[(_length + count) * 2];
                    Array.Copy(_bytes, larger, _length);
                    _bytes = larger;
                }
                Array.Copy(data, offset, _bytes, _length, count);
                _length += count;
            }
            _written.Set();
        }

        /// <summary>Everything written so far.</summary>
        public string All
        {
            get { lock (_sync) { return Latin1.Text(_bytes, 0, _length); } }
        }

        /// <summary>What was written since the last Take.</summary>
        public string Take()
        {
            lock (_sync)
            {
                string fresh = Latin1.Text(_bytes, _taken, _length - _taken);
                _taken = _length;
                return fresh;
            }
        }

        /// <summary>Waits until the output since the last Take contains <paramref name="text"/>; false on timeout.</summary>
        public bool WaitFor(string text, int timeoutMs)
        {
            DateTime deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
            while (true)
            {
                lock (_sync)
                {
                    if (Latin1.Text(_bytes, _taken, _length - _taken).Contains(text))
                    {
                        return true;
                    }
                }
                if (DateTime.UtcNow >= deadline)
                {
                    return false;
                }
                _written.WaitOne(WakeCheckMs, false);
            }
        }
    }
}
