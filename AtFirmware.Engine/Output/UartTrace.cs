using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Output
{
    /// <summary>
    /// The optional log of what the UART carries (the twin's --verbose), one log line per UART
    /// line, escaped so that CR, LF and binary bytes stay visible. The engine writes it, not the
    /// UART adapter, because only the engine knows which bytes are secrets: a password field or
    /// raw block is logged as "***", and echo is not logged at all (it repeats the input, secrets
    /// included).
    /// </summary>
    internal sealed class UartTrace
    {
        internal const string Mask = "***";

        // Binary raw data rarely holds a newline: it is logged in pieces of this many bytes.
        private const int MaxPieceBytes = 256;
        private const string InPrefix = "uart < ";
        private const string OutPrefix = "uart > ";

        private readonly ILog _log;

        /// <param name="log">Where trace lines go; null turns tracing off at no cost.</param>
        internal UartTrace(ILog log)
        {
            _log = log;
        }

        internal bool Enabled { get { return _log != null; } }

        /// <summary>What the module sends; every line is logged, the unfinished last one (the prompt) too.</summary>
        internal void Output(byte[] data, int offset, int count)
        {
            if (_log != null)
            {
                Pieces(OutPrefix, data, offset, count);
            }
        }

        /// <summary>A command line as received, with the byte ranges of secret fields already masked by the caller.</summary>
        internal void InputLine(string text)
        {
            if (_log != null)
            {
                _log.Write(InPrefix + text);
            }
        }

        internal void InputRaw(byte[] block, bool secret)
        {
            if (_log == null)
            {
                return;
            }
            if (secret)
            {
                _log.Write(InPrefix + Mask + " (" + block.Length.ToString() + " raw bytes)");
                return;
            }
            Pieces(InPrefix, block, 0, block.Length);
        }

        /// <summary>The bytes escaped: \r \n \\ and \xNN for anything that is not printable ASCII.</summary>
        internal static string Escape(byte[] data, int offset, int count)
        {
            char[] text = new char[count * 4];
            int n = 0;
            for (int i = offset; i < offset + count; i++)
            {
                byte b = data[i];
                if (b == '\r' || b == '\n' || b == '\\')
                {
                    text[n++] = '\\';
                    text[n++] = b == '\r' ? 'r' : b == '\n' ? 'n' : '\\';
                }
                else if (b >= 0x20 && b < 0x7f)
                {
                    text[n++] = (char)b;
                }
                else
                {
                    text[n++] = '\\';
                    text[n++] = 'x';
                    text[n++] = HexDigit(b >> 4);
                    text[n++] = HexDigit(b & 0xF);
                }
            }
            return new string(text, 0, n);
        }

        private void Pieces(string prefix, byte[] data, int offset, int count)
        {
            int end = offset + count;
            int start = offset;
            for (int i = offset; i < end; i++)
            {
                if (data[i] == '\n' || i + 1 - start >= MaxPieceBytes)
                {
                    _log.Write(prefix + Escape(data, start, i + 1 - start));
                    start = i + 1;
                }
            }
            if (start < end)
            {
                _log.Write(prefix + Escape(data, start, end - start));
            }
        }

        private static char HexDigit(int nibble)
        {
            return (char)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
        }
    }
}
