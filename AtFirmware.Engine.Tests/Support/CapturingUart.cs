using System.Text;

namespace EspAtNano.Tests.Support;

/// <summary>The UART's transmit side, recorded; text is Latin-1 so every byte maps to one char.</summary>
public sealed class CapturingUart : IByteSink
{
    private readonly List<byte> _bytes = new();
    private readonly object _sync = new();
    private int _taken;

    public List<int> WriteSizes { get; } = new();

    public void Write(byte[] data, int offset, int count)
    {
        lock (_sync)
        {
            _bytes.AddRange(data.AsSpan(offset, count));
            WriteSizes.Add(count);
            Monitor.PulseAll(_sync);
        }
    }

    public string All
    {
        get { lock (_sync) { return Encoding.Latin1.GetString(_bytes.ToArray()); } }
    }

    /// <summary>What was written since the last Take.</summary>
    public string Take()
    {
        lock (_sync)
        {
            string all = Encoding.Latin1.GetString(_bytes.ToArray());
            string fresh = all.Substring(_taken);
            _taken = all.Length;
            return fresh;
        }
    }

    /// <summary>Waits until the output since the last Take contains <paramref name="text"/>.</summary>
    public bool WaitFor(string text, int timeoutMs = 5000)
    {
        DateTime deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        lock (_sync)
        {
            while (!Encoding.Latin1.GetString(_bytes.ToArray()).Substring(_taken).Contains(text))
            {
                TimeSpan left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    return false;
                }
                Monitor.Wait(_sync, left);
            }
            return true;
        }
    }
}
