using System;

namespace EspAtNano.Engine.Parsing
{
    /// <summary>
    /// The parameters of a set command, split on every comma that is not escaped (even inside
    /// quotes, as firmware does) and read lazily by type. Spans point into the line buffer, so a
    /// handler copies what it keeps (the string readers return fresh arrays).
    /// </summary>
    internal sealed class ParameterList
    {
        private const byte Quote = (byte)'"';
        private const byte Backslash = (byte)'\\';

        // A 256-byte line cannot hold more fields than this.
        private readonly int[] _start = new int[130];
        private readonly int[] _end = new int[130];
        // Unescaped text before it is copied out: a line holds no more bytes than this.
        private readonly byte[] _scratch = new byte[256];
        private byte[] _line;
        private int _count;

        internal int Count { get { return _count; } }

        /// <summary>Splits line[offset, offset+length) into fields.</summary>
        internal void Load(byte[] line, int offset, int length)
        {
            _line = line;
            // Locals, not fields, inside the loop: each field access resolves its token on the interpreter.
            int[] starts = _start;
            int[] ends = _end;
            object comma = BoxedBytes.Comma;
            int count = 0;
            int end = offset + length;
            int fieldStart = offset;
            int from = offset;
            while (from < end)
            {
                int at = Array.IndexOf(line, comma, from, end - from);
                if (at < 0)
                {
                    break;
                }
                from = at + 1;
                // On the interpreter every call costs: IsEscaped only where a backslash precedes the comma.
                if (at > fieldStart && line[at - 1] == Backslash && IsEscaped(line, fieldStart, at))
                {
                    continue;
                }
                starts[count] = fieldStart;
                ends[count] = at;
                count++;
                fieldStart = from;
            }
            starts[count] = fieldStart;
            ends[count] = end;
            _count = count + 1;
        }

        /// <summary>Where field <paramref name="index"/> starts in the line (it ends at FieldEnd).</summary>
        internal int FieldStart(int index)
        {
            return _start[index];
        }

        internal int FieldEnd(int index)
        {
            return _end[index];
        }

        internal bool IsOmitted(int index)
        {
            return index >= _count || _start[index] == _end[index];
        }

        /// <summary>
        /// Field <paramref name="index"/> when it is one decimal digit, else -1 (ReadInt then
        /// reads it). Most numbers are one digit (LinkID, QoS, retain, flags); a reader that asks
        /// this first pays a call with one argument and one local, where ReadInt's call sets up
        /// eight (the interpreter initialises every local of a method it enters: ~1 k less per number).
        /// </summary>
        internal int SingleDigit(int index)
        {
            if (index >= _count || _end[index] - _start[index] != 1)
            {
                return -1;
            }
            int digit = _line[_start[index]] - '0';
            return digit >= 0 && digit <= 9 ? digit : -1;
        }

        /// <summary>Decimal or 0x/0X hex, optional leading '-'; no '+', spaces, quotes or escapes.</summary>
        internal ParseStatus ReadInt(int index, out int value)
        {
            value = 0;
            if (index >= _count || _start[index] == _end[index])
            {
                return ParseStatus.Omitted;
            }
            byte[] line = _line;
            int p = _start[index];
            int end = _end[index];
            bool negative = line[p] == '-';
            if (negative)
            {
                p++;
            }
            int radix = 10;
            if (end - p > 2 && line[p] == '0' && (line[p + 1] == 'x' || line[p + 1] == 'X'))
            {
                radix = 16;
                p += 2;
            }
            if (p == end)
            {
                return ParseStatus.Invalid;
            }
            // Accumulated negatively, as ints (a long is several calls on the interpreter), so int.MinValue fits.
            int limit = negative ? int.MinValue : -int.MaxValue;
            int limitBeforeDigit = limit / radix;
            int accumulated = 0;
            for (; p < end; p++)
            {
                int b = line[p];
                int digit = b >= '0' && b <= '9' ? b - '0' : DigitValue((byte)b);
                if (digit < 0 || digit >= radix || accumulated < limitBeforeDigit)
                {
                    return ParseStatus.Invalid;
                }
                accumulated *= radix;
                if (accumulated < limit + digit)
                {
                    return ParseStatus.Invalid;
                }
                accumulated -= digit;
            }
            value = negative ? accumulated : -accumulated;
            return ParseStatus.Ok;
        }

        /// <summary>A field that starts and ends with an unescaped '"'; '\' makes the next byte literal.</summary>
        internal ParseStatus ReadString(int index, out byte[] value)
        {
            value = null;
            if (index >= _count || _start[index] == _end[index])
            {
                return ParseStatus.Omitted;
            }
            byte[] line = _line;
            int p = _start[index];
            int end = _end[index];
            if (end - p < 2 || line[p] != Quote || line[end - 1] != Quote
                || (line[end - 2] == Backslash && IsEscaped(line, p + 1, end - 1)))
            {
                return ParseStatus.Invalid;
            }
            p++;
            end--;
            if (Array.IndexOf(line, BoxedBytes.Backslash, p, end - p) < 0)
            {
                if (Array.IndexOf(line, BoxedBytes.Quote, p, end - p) >= 0)
                {
                    return ParseStatus.Invalid;
                }
                value = new byte[end - p];
                Array.Copy(line, p, value, 0, value.Length);
                return ParseStatus.Ok;
            }
            return Unescape(line, p, end, out value);
        }

        /// <summary>
        /// line[p, end) with its escapes resolved. A byte loop: escaped text is short and dense
        /// with escapes, where a native search per escape would cost more than the bytes between them.
        /// </summary>
        private ParseStatus Unescape(byte[] line, int p, int end, out byte[] value)
        {
            value = null;
            byte[] scratch = _scratch;
            int n = 0;
            while (p < end)
            {
                int b = line[p++];
                if (b == Backslash)
                {
                    b = line[p++];
                }
                else if (b == Quote)
                {
                    return ParseStatus.Invalid;
                }
                scratch[n++] = (byte)b;
            }
            value = new byte[n];
            Array.Copy(scratch, 0, value, 0, n);
            return ParseStatus.Ok;
        }

        /// <summary>Whether the byte at position is escaped: an odd run of backslashes before it, from start.</summary>
        private static bool IsEscaped(byte[] line, int start, int position)
        {
            int run = 0;
            for (int i = position - 1; i >= start && line[i] == Backslash; i--)
            {
                run++;
            }
            return (run & 1) == 1;
        }

        private static int DigitValue(byte b)
        {
            if (b >= '0' && b <= '9')
            {
                return b - '0';
            }
            if (b >= 'a' && b <= 'f')
            {
                return b - 'a' + 10;
            }
            if (b >= 'A' && b <= 'F')
            {
                return b - 'A' + 10;
            }
            return -1;
        }
    }
}
