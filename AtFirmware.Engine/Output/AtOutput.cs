using System.Collections;

namespace EspAtNano.Engine
{
    /// <summary>
    /// The one way out to the UART. Every write is one locked call, so a URC never lands inside
    /// another output; URCs that arrive between a prompt and the end of its raw data are held
    /// and written, in order, when that window closes (SPEC §4).
    /// </summary>
    public sealed class AtOutput
    {
        private readonly IByteSink _sink;
        private readonly ArrayList _heldUrcs = new ArrayList();
        private readonly object _sync = new object();
        private bool _rawWindowOpen;

        public AtOutput(IByteSink sink)
        {
            _sink = sink;
        }

        /// <summary>Held while a background command releases the busy state and writes its result.</summary>
        public object SyncRoot { get { return _sync; } }

        public void Write(byte[] data, int offset, int count)
        {
            lock (_sync)
            {
                _sink.Write(data, offset, count);
            }
        }

        public void Write(byte[] data)
        {
            Write(data, 0, data.Length);
        }

        public void Write(ByteBuffer buffer)
        {
            if (buffer.Length > 0)
            {
                Write(buffer.Data, 0, buffer.Length);
            }
        }

        public void WriteUrc(byte[] urc)
        {
            lock (_sync)
            {
                if (_rawWindowOpen)
                {
                    _heldUrcs.Add(urc);
                }
                else
                {
                    _sink.Write(urc, 0, urc.Length);
                }
            }
        }

        public void OpenRawWindow(byte[] prompt)
        {
            lock (_sync)
            {
                _sink.Write(prompt, 0, prompt.Length);
                _rawWindowOpen = true;
            }
        }

        public void CloseRawWindow()
        {
            lock (_sync)
            {
                _rawWindowOpen = false;
                for (int i = 0; i < _heldUrcs.Count; i++)
                {
                    byte[] urc = (byte[])_heldUrcs[i];
                    _sink.Write(urc, 0, urc.Length);
                }
                _heldUrcs.Clear();
            }
        }
    }
}
