using System;
using System.Threading;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Device
{
    /// <summary>
    /// The UART's transmit side: one writer thread drains a fixed ring of bytes into the port, so
    /// a caller only copies. That matters because the engine writes URCs from the MQTT library's
    /// single event thread (and Wi-Fi URCs from the runtime's event thread), and a serial port's
    /// Write waits until the bytes are on the wire: at 115200 baud a 1 KiB message takes about
    /// 90 ms, and with RTS/CTS and a host that stops reading it would never return. A caller
    /// waits only while the ring is full (back-pressure instead of dropping output), and every
    /// byte leaves in the order it was written, whichever thread wrote it.
    /// </summary>
    internal sealed class UartTransmitQueue : IByteSink
    {
        private readonly IByteSink _port;
        private readonly ILog _log;
        private readonly byte[] _ring;
        private readonly object _sync = new object();
        // Keeps one Write's bytes together even when the ring fills halfway through it.
        private readonly object _producer = new object();
        private readonly AutoResetEvent _dataReady = new AutoResetEvent(false);
        private readonly AutoResetEvent _spaceFreed = new AutoResetEvent(false);
        private readonly ManualResetEvent _empty = new ManualResetEvent(true);
        private int _head;
        private int _count;
        private bool _closed;

        /// <param name="port">The blocking write of the real port.</param>
        /// <param name="capacity">Ring size in bytes (less than 1 is taken as 1).</param>
        public UartTransmitQueue(IByteSink port, int capacity, ILog log)
        {
            _port = port;
            _log = log;
            _ring = new byte[capacity < 1 ? 1 : capacity];
            new Thread(Run).Start();
        }

        /// <summary>Bytes waiting in the ring (not yet handed to the port).</summary>
        public int QueuedBytes
        {
            get
            {
                lock (_sync)
                {
                    return _count;
                }
            }
        }

        /// <summary>Copies the bytes into the ring; waits only while it is full. After Close the bytes are dropped.</summary>
        public void Write(byte[] data, int offset, int count)
        {
            lock (_producer)
            {
                while (count > 0)
                {
                    int copied = 0;
                    lock (_sync)
                    {
                        if (_closed)
                        {
                            return;
                        }
                        int free = _ring.Length - _count;
                        if (free > 0)
                        {
                            int tail = (_head + _count) % _ring.Length;
                            copied = Min(Min(free, count), _ring.Length - tail);
                            Array.Copy(data, offset, _ring, tail, copied);
                            _count += copied;
                            _empty.Reset();
                        }
                    }
                    if (copied > 0)
                    {
                        offset += copied;
                        count -= copied;
                        _dataReady.Set();
                    }
                    else
                    {
                        // The writer sets this after every chunk it hands over, and Close sets it too.
                        _spaceFreed.WaitOne();
                    }
                }
            }
        }

        /// <summary>Waits until every queued byte was handed to the port (AT+RST: the OK must leave before the reboot).</summary>
        public bool Drain(int timeoutMs)
        {
            return _empty.WaitOne(timeoutMs < 0 ? 0 : timeoutMs, false);
        }

        /// <summary>Stops the writer thread after the chunk it is writing; a waiting Write returns and later ones drop their bytes.</summary>
        public void Close()
        {
            lock (_sync)
            {
                _closed = true;
            }
            _dataReady.Set();
            _spaceFreed.Set();
        }

        private void Run()
        {
            while (true)
            {
                _dataReady.WaitOne();
                while (true)
                {
                    int start;
                    int length;
                    lock (_sync)
                    {
                        if (_closed)
                        {
                            return;
                        }
                        if (_count == 0)
                        {
                            _empty.Set();
                            break;
                        }
                        start = _head;
                        length = Min(_count, _ring.Length - _head);
                    }
                    // Outside the lock: producers only ever fill the free part of the ring.
                    try
                    {
                        _port.Write(_ring, start, length);
                    }
                    catch (Exception e)
                    {
                        // The bytes are lost either way; keeping the thread alive keeps the module answering.
                        _log.Write("uart: write of " + length.ToString() + " bytes failed: " + Failure.Describe(e));
                    }
                    lock (_sync)
                    {
                        _head = (_head + length) % _ring.Length;
                        _count -= length;
                    }
                    _spaceFreed.Set();
                }
            }
        }

        private static int Min(int a, int b)
        {
            return a < b ? a : b;
        }
    }
}
