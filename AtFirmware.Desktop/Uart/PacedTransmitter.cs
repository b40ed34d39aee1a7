using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Uart;

/// <summary>
/// The module's TX side at the line's rate. The engine writes while holding its output lock, so
/// its writes are only queued here, and a thread of their own passes them on to the line as
/// fast as the baud rate lets them leave. Like firmware on a full UART TX buffer, a write waits
/// only while the queue holds more than its capacity.
/// </summary>
public sealed class PacedTransmitter : IByteSink, IDisposable
{
    // About 0.7 s of output at 115200 baud: room for any single answer, not for a flood.
    private const int Capacity = 8192;
    private const int StopWaitMs = 1000;

    private readonly LinePacer _pacer;
    private readonly IByteSink _line;
    private readonly object _sync = new object();
    private readonly Queue<byte[]> _queue = new Queue<byte[]>();
    private readonly CancellationTokenSource _stop = new CancellationTokenSource();
    private readonly Thread _thread;
    private int _queuedBytes;
    // Counts discards, so a block that was leaving when the queue was discarded stops leaving.
    private int _generation;

    public PacedTransmitter(LinePacer pacer, IByteSink line)
    {
        _pacer = pacer;
        _line = line;
        _thread = new Thread(Transmit) { IsBackground = true, Name = "uart tx" };
        _thread.Start();
    }

    public void Write(byte[] data, int offset, int count)
    {
        byte[] block = data.AsSpan(offset, count).ToArray();
        lock (_sync)
        {
            while (_queuedBytes >= Capacity && !_stop.IsCancellationRequested)
            {
                Monitor.Wait(_sync);
            }
            if (_stop.IsCancellationRequested)
            {
                return;
            }
            _queue.Enqueue(block);
            _queuedBytes += count;
            Monitor.PulseAll(_sync);
        }
    }

    /// <summary>Waits until everything written so far has left the line; false on timeout or when stopped.</summary>
    public bool Drain(TimeSpan timeout)
    {
        DateTime deadline = DateTime.UtcNow + timeout;
        lock (_sync)
        {
            while (_queue.Count > 0 && !_stop.IsCancellationRequested)
            {
                TimeSpan left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    return false;
                }
                Monitor.Wait(_sync, left);
            }
            return _queue.Count == 0;
        }
    }

    /// <summary>Drops what has not left yet: it was for a host that has gone.</summary>
    public void Discard()
    {
        lock (_sync)
        {
            _queue.Clear();
            _queuedBytes = 0;
            _generation++;
            Monitor.PulseAll(_sync);
        }
    }

    public void Dispose()
    {
        lock (_sync)
        {
            _stop.Cancel();
            Monitor.PulseAll(_sync);
        }
        _thread.Join(StopWaitMs);
    }

    private void Transmit()
    {
        while (true)
        {
            byte[] block;
            int generation;
            lock (_sync)
            {
                while (_queue.Count == 0 && !_stop.IsCancellationRequested)
                {
                    Monitor.Wait(_sync);
                }
                if (_stop.IsCancellationRequested)
                {
                    return;
                }
                // Left in the queue while it leaves, so that it counts against the capacity.
                block = _queue.Peek();
                generation = _generation;
            }
            _pacer.Pass(block, 0, block.Length, (data, offset, count) =>
            {
                if (Volatile.Read(ref _generation) == generation)
                {
                    _line.Write(data, offset, count);
                }
            }, _stop.Token);
            lock (_sync)
            {
                if (_generation == generation && _queue.Count > 0)
                {
                    _queue.Dequeue();
                    _queuedBytes -= block.Length;
                    Monitor.PulseAll(_sync);
                }
            }
        }
    }
}
