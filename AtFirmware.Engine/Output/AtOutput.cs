using System.Collections;
using System.Threading;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Output
{
    /// <summary>
    /// The one way out to the UART. Every write is one locked call, so a URC never lands inside
    /// another output. Two windows hold URCs back (docs/urcs.md):
    /// - between a prompt and the end of its raw data, every URC is held and written, in order,
    ///   when the window closes;
    /// - while a connect is in progress, messages are parked, and written right after the
    ///   +MQTTCONNECTED line (or the failed connect's answer), so they never come before it.
    /// What is held is bounded (EngineOptions.HeldUrcBytes): at the bound a QoS 1/2 message
    /// waits in OnMessage, which delays its acknowledgement and so slows the broker down, and
    /// a QoS 0 message is dropped and counted in the log. Link URCs (+MQTTCONNECTED,
    /// +MQTTDISCONNECTED, Wi-Fi events) are never dropped: they are few and tell the host state.
    /// </summary>
    internal sealed class AtOutput
    {
        private readonly IByteSink _sink;
        private readonly ILog _log;
        private readonly UartTrace _trace;
        // Checked here, not in UartTrace: a call per write costs on the interpreter even when it does nothing.
        private readonly bool _tracing;
        private readonly int _heldLimit;
        private readonly object _sync = new object();
        private readonly ArrayList _held = new ArrayList();
        private readonly ArrayList _parked = new ArrayList();
        // Set whenever held bytes are written out, so a message waiting for room looks again.
        private readonly ManualResetEvent _roomMade = new ManualResetEvent(false);
        private int _heldBytes;
        private bool _rawWindowOpen;
        // Connects in progress (a reconnect attempt overtaken by AT+MQTTCLEAN may still be ending
        // while the host's next connect starts): messages are parked until the last one ends.
        private int _parkingConnects;
        private int _droppedQos0;

        internal AtOutput(IByteSink sink, ILog log, UartTrace trace, int heldLimit)
        {
            _sink = sink;
            _log = log;
            _trace = trace;
            _tracing = trace.Enabled;
            _heldLimit = heldLimit;
        }

        /// <summary>Held while a background command releases the busy state and writes its result.</summary>
        internal object SyncRoot { get { return _sync; } }

        /// <summary>The echo of received bytes: not traced, since the input is traced (with secrets masked) instead.</summary>
        internal void Echo(byte[] data, int offset, int count)
        {
            lock (_sync)
            {
                _sink.Write(data, offset, count);
            }
        }

        internal void Write(byte[] data, int offset, int count)
        {
            lock (_sync)
            {
                Send(data, offset, count);
            }
        }

        internal void Write(byte[] data)
        {
            Write(data, 0, data.Length);
        }

        internal void Write(ByteBuffer buffer)
        {
            int count = buffer.Length;
            if (count > 0)
            {
                lock (_sync)
                {
                    Send(buffer.Data, 0, count);
                }
            }
        }

        /// <summary>Write, for a caller that holds SyncRoot already (the lock is re-entrant, but taking it again is two more native calls).</summary>
        internal void WriteHoldingLock(ByteBuffer buffer)
        {
            Send(buffer.Data, 0, buffer.Length);
        }

        /// <summary>A link or Wi-Fi URC: written now, or held (never dropped) while a connect or a raw-data window is open.</summary>
        internal void WriteUrc(byte[] urc)
        {
            lock (_sync)
            {
                if (_parkingConnects > 0)
                {
                    // A +MQTTDISCONNECTED of a link that dropped right after CONNACK follows the connect's answer.
                    Hold(_parked, urc);
                }
                else if (_rawWindowOpen)
                {
                    Hold(_held, urc);
                }
                else
                {
                    Send(urc, 0, urc.Length);
                }
            }
        }

        /// <summary>A +MQTTSUBRECV. Blocks while the held URCs are at their bound and it must not be dropped (QoS 1/2).</summary>
        internal void WriteMessage(byte[] urc, int qos)
        {
            while (true)
            {
                lock (_sync)
                {
                    if (!_rawWindowOpen && _parkingConnects == 0)
                    {
                        Send(urc, 0, urc.Length);
                        return;
                    }
                    // One message larger than the bound still passes when nothing else is held, or it could never be written.
                    if (_heldBytes == 0 || _heldBytes + urc.Length <= _heldLimit)
                    {
                        Hold(_parkingConnects > 0 ? _parked : _held, urc);
                        return;
                    }
                    if (qos == 0)
                    {
                        _droppedQos0++;
                        _log.Write("uart: held URCs at their bound of " + _heldLimit.ToString() + " bytes: dropped a QoS 0 message ("
                            + _droppedQos0.ToString() + " so far)");
                        return;
                    }
                    _roomMade.Reset();
                }
                _roomMade.WaitOne();
            }
        }

        internal void OpenRawWindow(byte[] prompt)
        {
            lock (_sync)
            {
                Send(prompt, 0, prompt.Length);
                _rawWindowOpen = true;
            }
        }

        /// <summary>Ends the raw-data window (its data arrived, or its host went away) and writes what was held.</summary>
        internal void CloseRawWindow()
        {
            lock (_sync)
            {
                _rawWindowOpen = false;
                Flush(_held);
            }
        }

        /// <summary>A connect starts: messages and URCs from now on wait for its outcome.</summary>
        internal void ParkMessages()
        {
            lock (_sync)
            {
                _parkingConnects++;
            }
        }

        /// <summary>
        /// Writes <paramref name="data"/> (a connect's answer or URC), then, when no other connect
        /// is in progress, the parked messages, as one step.
        /// </summary>
        internal void WriteThenUnpark(byte[] data, int offset, int count, bool asUrc)
        {
            lock (_sync)
            {
                if (asUrc && _rawWindowOpen)
                {
                    byte[] copy = new byte[count];
                    System.Array.Copy(data, offset, copy, 0, count);
                    Hold(_held, copy);
                }
                else if (count > 0)
                {
                    Send(data, offset, count);
                }
                if (_parkingConnects > 0)
                {
                    _parkingConnects--;
                }
                if (_parkingConnects > 0)
                {
                    return;
                }
                if (_rawWindowOpen)
                {
                    for (int i = 0; i < _parked.Count; i++)
                    {
                        _held.Add(_parked[i]);
                    }
                    _parked.Clear();
                    _roomMade.Set();
                }
                else
                {
                    Flush(_parked);
                }
            }
        }

        /// <summary>Forgets held and parked URCs and wakes waiting messages (AT+RST, engine stop).</summary>
        internal void Reset()
        {
            lock (_sync)
            {
                _rawWindowOpen = false;
                _parkingConnects = 0;
                _held.Clear();
                _parked.Clear();
                _heldBytes = 0;
                _roomMade.Set();
            }
        }

        private void Hold(ArrayList list, byte[] urc)
        {
            list.Add(urc);
            _heldBytes += urc.Length;
        }

        private void Flush(ArrayList list)
        {
            if (list.Count == 0)
            {
                // Nothing held (the usual raw-data window): no room made, nobody to wake.
                return;
            }
            for (int i = 0; i < list.Count; i++)
            {
                byte[] urc = (byte[])list[i];
                Send(urc, 0, urc.Length);
                _heldBytes -= urc.Length;
            }
            list.Clear();
            _roomMade.Set();
        }

        private void Send(byte[] data, int offset, int count)
        {
            _sink.Write(data, offset, count);
            if (_tracing)
            {
                _trace.Output(data, offset, count);
            }
        }
    }
}
