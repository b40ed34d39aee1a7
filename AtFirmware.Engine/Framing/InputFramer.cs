using System;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Framing
{
    /// <summary>
    /// The UART input state machine (docs/framing.md): command lines ended by CRLF only, echo, the
    /// 256-byte limit, NUL, raw-data blocks of exactly N bytes and busy answers. Delimiters are
    /// found and bytes moved with Array.IndexOf / Array.Copy, which the nanoFramework runtime
    /// runs natively; a per-byte managed loop here is what would make the device drop bytes.
    /// Called from one input thread only.
    /// </summary>
    internal sealed class InputFramer
    {
        internal const int MaxLineLength = 256;

        private const byte Cr = (byte)'\r';

        private readonly byte[] _line = new byte[MaxLineLength];
        private readonly AtOutput _output;
        private readonly EngineSettings _settings;
        private readonly ILineHandler _handler;
        private readonly BusyFlag _busy;

        private int _lineLength;
        private bool _overlong;
        private bool _lastWasCr;
        private bool _inBusyLine;

        private byte[] _raw;
        private int _rawFilled;

        internal InputFramer(AtOutput output, EngineSettings settings, ILineHandler handler, BusyFlag busy)
        {
            _output = output;
            _settings = settings;
            _handler = handler;
            _busy = busy;
        }

        /// <summary>
        /// Forgets any partial line and any raw block (AT+RST, or a new host on the line): what a
        /// host left unfinished must never be completed by the bytes of the next one. A raw block
        /// cut short is handed to nobody.
        /// </summary>
        internal void Reset()
        {
            _lineLength = 0;
            _overlong = false;
            _lastWasCr = false;
            _inBusyLine = false;
            if (_raw != null)
            {
                int received = _rawFilled;
                _raw = null;
                _handler.OnRawDataAbandoned(received);
            }
        }

        internal void Feed(byte[] data, int offset, int count)
        {
            int p = offset;
            int end = offset + count;
            while (p < end)
            {
                if (_raw != null)
                {
                    p = FeedRaw(data, p, end);
                }
                else if (_inBusyLine || (_lineLength == 0 && !_overlong && _busy.Value != 0))
                {
                    p = FeedBusy(data, p, end);
                }
                else
                {
                    p = FeedCommand(data, p, end);
                }
            }
        }

        private int FeedRaw(byte[] data, int p, int end)
        {
            int n = end - p;
            int missing = _raw.Length - _rawFilled;
            if (n > missing)
            {
                n = missing;
            }
            Array.Copy(data, p, _raw, _rawFilled, n);
            _rawFilled += n;
            if (_rawFilled == _raw.Length)
            {
                byte[] block = _raw;
                _raw = null;
                _lastWasCr = false;
                _handler.OnRawData(block);
            }
            return p + n;
        }

        /// <summary>A line that starts while a command runs gets one busy answer and is dropped up to its CRLF.</summary>
        private int FeedBusy(byte[] data, int p, int end)
        {
            if (!_inBusyLine)
            {
                _inBusyLine = true;
                _output.Write(ResultCodes.Busy);
            }
            int terminatorEnd = FindLineEnd(data, p, p, end);
            if (terminatorEnd < 0)
            {
                _lastWasCr = data[end - 1] == Cr;
                return end;
            }
            _inBusyLine = false;
            _lastWasCr = false;
            return terminatorEnd;
        }

        private int FeedCommand(byte[] data, int p, int end)
        {
            // The first LF mostly ends the line: FindLineEnd only for one without its CR (a bare LF is a byte of the line).
            int lf = Array.IndexOf(data, BoxedBytes.Lf, p, end - p);
            int terminatorEnd = lf < 0 ? -1 : (lf > p ? data[lf - 1] == Cr : _lastWasCr) ? lf + 1 : FindLineEnd(data, p, lf + 1, end);
            int segmentEnd = terminatorEnd < 0 ? end : terminatorEnd;
            int nul = Array.IndexOf(data, BoxedBytes.Nul, p, segmentEnd - p);
            if (nul >= 0)
            {
                if (_settings.EchoEnabled)
                {
                    _output.Echo(data, p, nul + 1 - p);
                }
                _lineLength = 0;
                _overlong = false;
                _lastWasCr = false;
                return nul + 1;
            }
            int n = segmentEnd - p;
            // The flag is checked here: on the interpreter a call costs even when echo is off.
            if (_settings.EchoEnabled)
            {
                _output.Echo(data, p, n);
            }
            if (terminatorEnd >= 0 && _lineLength == 0 && !_overlong)
            {
                // The whole line came in this chunk (as it mostly does): handed on where it is, without a copy.
                _lastWasCr = false;
                if (n > MaxLineLength)
                {
                    _handler.OnOverlongLine();
                }
                else
                {
                    _raw = _handler.OnLine(data, p, n - 2);
                    _rawFilled = 0;
                }
                return segmentEnd;
            }
            if (!_overlong)
            {
                if (_lineLength + n <= MaxLineLength)
                {
                    Array.Copy(data, p, _line, _lineLength, n);
                    _lineLength += n;
                }
                else
                {
                    _overlong = true;
                }
            }
            _lastWasCr = data[segmentEnd - 1] == Cr;
            if (terminatorEnd >= 0)
            {
                bool overlong = _overlong;
                int length = _lineLength - 2;
                _lineLength = 0;
                _overlong = false;
                _lastWasCr = false;
                if (overlong)
                {
                    _handler.OnOverlongLine();
                }
                else
                {
                    _raw = _handler.OnLine(_line, 0, length);
                    _rawFilled = 0;
                }
            }
            return segmentEnd;
        }

        /// <summary>
        /// The index just past the first CRLF in data[from, end), counting a CR that ended the
        /// previous chunk when the LF is the chunk's first byte (at <paramref name="chunkStart"/>); -1 if none.
        /// </summary>
        private int FindLineEnd(byte[] data, int chunkStart, int from, int end)
        {
            while (from < end)
            {
                int lf = Array.IndexOf(data, BoxedBytes.Lf, from, end - from);
                if (lf < 0)
                {
                    return -1;
                }
                bool afterCr = lf > chunkStart ? data[lf - 1] == Cr : _lastWasCr;
                if (afterCr)
                {
                    return lf + 1;
                }
                from = lf + 1;
            }
            return -1;
        }
    }
}
