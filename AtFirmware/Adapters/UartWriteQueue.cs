using System;
using System.IO.Ports;
using System.Threading;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// The UART's transmit side: one writer thread drains a fixed ring of bytes into the port, so
    /// a caller only copies. That matters because the engine writes URCs from M2Mqtt's single
    /// event thread (and Wi-Fi URCs from the runtime's event thread), and SerialPort.Write waits
    /// until the bytes are on the wire: at 115200 baud a 1 KiB message takes about 90 ms, and
    /// with RTS/CTS and a host that stops reading it would never return. A caller waits only
    /// when the ring is full (back-pressure instead of dropping output), and every byte leaves
    /// in the order it was written, whichever thread wrote it.
    /// </summary>
    public sealed class UartWriteQueue : IByteSink
    {
        /// <summary>How long a full ring is waited on before its state is checked again.</summary>
        private const int SpaceWaitMs = 50;

        private readonly SerialPort _port;
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

        public UartWriteQueue(SerialPort port, int capacity, ILog log)
        {
            _port = port;
            _log = log;
            _ring = new byte[capacity];
            Thread writer = new Thread(Run);
            writer.Start();
        }

        /// <summary>Copies the bytes into the ring; waits only while it is full.</summary>
        public void Write(byte[] data, int offset, int count)
        {
            lock (_producer)
            {
                while (count > 0)
                {
                    int copied = 0;
                    lock (_sync)
                    {
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
                        _spaceFreed.WaitOne(SpaceWaitMs, false);
                    }
                }
            }
        }

        /// <summary>Waits until every queued byte was handed to the port (AT+RST: the OK must leave before the reboot).</summary>
        public bool Drain(int timeoutMs)
        {
            return _empty.WaitOne(timeoutMs, false);
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
