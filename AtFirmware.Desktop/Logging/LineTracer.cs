using System.Text;
using EspAtNano.Engine;

namespace EspAtNano.Desktop.Logging;

/// <summary>
/// Cuts one direction of the UART into log lines, escaped so that CR, LF and binary payloads
/// stay visible and a line of the log is always one line.
/// </summary>
public sealed class LineTracer
{
    // Raw data rarely holds a newline; it is logged in pieces of this many bytes.
    private const int MaxLineBytes = 256;

    private readonly ILog _log;
    private readonly string _prefix;
    private readonly StringBuilder _line = new StringBuilder();
    private int _bytes;

    public LineTracer(ILog log, string prefix)
    {
        _log = log;
        _prefix = prefix;
    }

    /// <param name="flushPartial">Log what follows the last newline now instead of waiting for the rest of its line.</param>
    public void Append(byte[] data, int offset, int count, bool flushPartial)
    {
        for (int i = offset; i < offset + count; i++)
        {
            AppendEscaped(data[i]);
            _bytes++;
            if (data[i] == '\n' || _bytes >= MaxLineBytes)
            {
                Flush();
            }
        }
        if (flushPartial)
        {
            Flush();
        }
    }

    private void AppendEscaped(byte b)
    {
        switch (b)
        {
            case (byte)'\r':
                _line.Append("\\r");
                break;
            case (byte)'\n':
                _line.Append("\\n");
                break;
            case (byte)'\\':
                _line.Append("\\\\");
                break;
            default:
                if (b >= 0x20 && b < 0x7f)
                {
                    _line.Append((char)b);
                }
                else
                {
                    _line.Append("\\x").Append(b.ToString("x2"));
                }
                break;
        }
    }

    private void Flush()
    {
        if (_bytes == 0)
        {
            return;
        }
        _log.Write(_prefix + _line);
        _line.Clear();
        _bytes = 0;
    }
}
