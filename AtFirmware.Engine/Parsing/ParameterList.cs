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
        private byte[] _line;
        private int _count;

        internal int Count { get { return _count; } }

        /// <summary>Splits line[offset, offset+length) into fields.</summary>
        internal void Load(byte[] line, int offset, int length)
        {
            _line = line;
            _count = 0;
            int end = offset + length;
            int fieldStart = offset;
            int searchFrom = offset;
            while (true)
            {
                int comma = searchFrom < end ? Array.IndexOf(line, BoxedBytes.Comma, searchFrom, end - searchFrom) : -1;
                if (comma < 0)
                {
                    Add(fieldStart, end);
                    return;
                }
                if (IsEscaped(line, fieldStart, comma))
                {
                    searchFrom = comma + 1;
                    continue;
                }
                Add(fieldStart, comma);
                fieldStart = comma + 1;
                searchFrom = fieldStart;
            }
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

        /// <summary>Decimal or 0x/0X hex, optional leading '-'; no '+', spaces, quotes or escapes.</summary>
        internal ParseStatus ReadInt(int index, out int value)
        {
            value = 0;
            if (IsOmitted(index))
            {
                return ParseStatus.Omitted;
            }
            int p = _start[index];
            int end = _end[index];
            bool negative = _line[p] == '-';
            if (negative)
            {
                p++;
            }
            int radix = 10;
            if (end - p > 2 && _line[p] == '0' && (_line[p + 1] == 'x' || _line[p + 1] == 'X'))
            {
                radix = 16;
                p += 2;
            }
            if (p == end)
            {
                return ParseStatus.Invalid;
            }
            long magnitude = 0;
            for (; p < end; p++)
            {
                int digit = DigitValue(_line[p]);
                if (digit < 0 || digit >= radix)
                {
                    return ParseStatus.Invalid;
                }
                magnitude = magnitude * radix + digit;
                if (magnitude > 0x80000000L)
                {
                    return ParseStatus.Invalid;
                }
            }
            long signed = negative ? -magnitude : magnitude;
            if (signed > int.MaxValue)
            {
                return ParseStatus.Invalid;
            }
            value = (int)signed;
            return ParseStatus.Ok;
        }

        /// <summary>A field that starts and ends with an unescaped '"'; '\' makes the next byte literal.</summary>
        internal ParseStatus ReadString(int index, out byte[] value)
        {
            value = null;
            if (IsOmitted(index))
            {
                return ParseStatus.Omitted;
            }
            int p = _start[index];
            int end = _end[index];
            if (end - p < 2 || _line[p] != Quote || _line[end - 1] != Quote || IsEscaped(_line, p + 1, end - 1))
            {
                return ParseStatus.Invalid;
            }
            p++;
            end--;
            int firstEscape = Array.IndexOf(_line, BoxedBytes.Backslash, p, end - p);
            if (firstEscape < 0)
            {
                if (Array.IndexOf(_line, BoxedBytes.Quote, p, end - p) >= 0)
                {
                    return ParseStatus.Invalid;
                }
                value = new byte[end - p];
                Array.Copy(_line, p, value, 0, value.Length);
                return ParseStatus.Ok;
            }
            return Unescape(p, end, out value);
        }

        private ParseStatus Unescape(int p, int end, out byte[] value)
        {
            value = null;
            byte[] scratch = new byte[end - p];
            int n = 0;
            while (p < end)
            {
                byte b = _line[p];
                if (b == Backslash)
                {
                    scratch[n++] = _line[p + 1];
                    p += 2;
                    continue;
                }
                if (b == Quote)
                {
                    return ParseStatus.Invalid;
                }
                scratch[n++] = b;
                p++;
            }
            value = new byte[n];
            Array.Copy(scratch, 0, value, 0, n);
            return ParseStatus.Ok;
        }

        private void Add(int start, int end)
        {
            _start[_count] = start;
            _end[_count] = end;
            _count++;
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
