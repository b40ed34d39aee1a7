namespace EspAtNano.Tests.Support;

/// <summary>A signal for test fakes that block threads, without a wait handle to dispose.</summary>
public sealed class Latch
{
    private readonly object _sync = new();
    private bool _set;

    public Latch(bool set = false)
    {
        _set = set;
    }

    public bool IsSet
    {
        get { lock (_sync) { return _set; } }
    }

    public void Set()
    {
        lock (_sync)
        {
            _set = true;
            Monitor.PulseAll(_sync);
        }
    }

    public void Reset()
    {
        lock (_sync) { _set = false; }
    }

    /// <summary>True once set; false when <paramref name="timeoutMs"/> passed first.</summary>
    public bool Wait(int timeoutMs)
    {
        long until = Environment.TickCount64 + timeoutMs;
        lock (_sync)
        {
            while (!_set)
            {
                long left = until - Environment.TickCount64;
                if (left <= 0 || !Monitor.Wait(_sync, (int)left))
                {
                    return _set;
                }
            }
            return true;
        }
    }
}
