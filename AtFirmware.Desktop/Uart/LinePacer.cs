using System.Diagnostics;

namespace EspAtNano.Desktop.Uart;

/// <summary>
/// The timing of one direction of an 8N1 serial line (10 bits a byte: start, 8 data, stop): a
/// byte is passed on only once its last bit could have crossed the line. The line's clock runs
/// from when bytes are handed over, or from when the previous ones will have crossed if that is
/// later, so back-to-back blocks queue up as they would on the wire. Bytes are passed on in
/// batches, all those whose time has come at once: a sleep on Linux lasts about a millisecond
/// at least, 11 bytes at 115200 baud, and a byte at a time would only spin.
/// </summary>
public sealed class LinePacer
{
    public const int BitsPerByte = 10;
    private static readonly long Origin = Stopwatch.GetTimestamp();

    // Read once per Pass: AT+UART_CUR changes it from the engine's thread.
    private long _baud;
    private readonly Func<TimeSpan> _now;
    private readonly Func<TimeSpan, CancellationToken, bool> _wait;
    private TimeSpan _lineFreeAt;

    /// <summary>On the monotonic clock (wall time may jump), sleeping whole milliseconds.</summary>
    public LinePacer(int baud)
        : this(baud, () => Stopwatch.GetElapsedTime(Origin), SleepAtLeast)
    {
    }

    /// <param name="now">A clock that never goes back.</param>
    /// <param name="wait">Waits about the given time; true when stopped instead.</param>
    public LinePacer(int baud, Func<TimeSpan> now, Func<TimeSpan, CancellationToken, bool> wait)
    {
        if (baud <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(baud), baud, "a paced line needs a bit rate");
        }
        _baud = baud;
        _now = now;
        _wait = wait;
    }

    /// <summary>The line's new rate, from the next Pass on (AT+UART_CUR on a paced line).</summary>
    public int Baud
    {
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            Interlocked.Exchange(ref _baud, value);
        }
    }

    /// <summary>
    /// Hands <paramref name="count"/> bytes to <paramref name="deliver"/> (data, offset, count),
    /// each no earlier than it would have crossed the line; false when stopped before the last.
    /// </summary>
    public bool Pass(byte[] data, int offset, int count, Action<byte[], int, int> deliver, CancellationToken stop)
    {
        long baud = Interlocked.Read(ref _baud);
        TimeSpan now = _now();
        TimeSpan start = now > _lineFreeAt ? now : _lineFreeAt;
        _lineFreeAt = start + TimeToCross(count, baud);
        int delivered = 0;
        while (delivered < count)
        {
            int crossed = Crossed(now - start, count, baud);
            if (crossed > delivered)
            {
                deliver(data, offset + delivered, crossed - delivered);
                delivered = crossed;
            }
            else if (_wait(start + TimeToCross(delivered + 1, baud) - now, stop))
            {
                return false;
            }
            now = _now();
        }
        return true;
    }

    /// <summary>Rounded up, so that a byte is never early.</summary>
    private static TimeSpan TimeToCross(int bytes, long baud)
    {
        long bitTicks = bytes * BitsPerByte * TimeSpan.TicksPerSecond;
        return TimeSpan.FromTicks((bitTicks + baud - 1) / baud);
    }

    /// <summary>How many whole bytes cross the line in <paramref name="elapsed"/>, at most <paramref name="count"/>.</summary>
    private static int Crossed(TimeSpan elapsed, int count, long baud)
    {
        if (elapsed <= TimeSpan.Zero)
        {
            return 0;
        }
        return (int)Math.Min(count, elapsed.Ticks * baud / (BitsPerByte * TimeSpan.TicksPerSecond));
    }

    private static bool SleepAtLeast(TimeSpan time, CancellationToken stop)
    {
        // Whole milliseconds, rounded up: a shorter wait returns at once and would spin.
        return stop.WaitHandle.WaitOne((int)Math.Ceiling(time.TotalMilliseconds));
    }
}
