using System;

namespace EspAtNano.Engine.Output
{
    /// <summary>A growable byte array: the engine's StringBuilder (which nanoFramework keeps out of mscorlib).</summary>
    internal class ByteBuffer
    {
        private byte[] _data;
        // Response empties itself on every line: a call to Clear from there would cost ~700 native instructions on the interpreter.
        private protected int _length;

        internal ByteBuffer(int capacity)
        {
            _data = new byte[capacity];
        }

        internal byte[] Data { get { return _data; } }

        internal int Length { get { return _length; } }

        internal void Clear()
        {
            _length = 0;
        }

        internal ByteBuffer Append(byte value)
        {
            if (_length == _data.Length)
            {
                Grow(1);
            }
            _data[_length++] = value;
            return this;
        }

        // The room checks are inline: on the interpreter a call per append costs more than the copy.
        internal ByteBuffer Append(byte[] bytes)
        {
            int count = bytes.Length;
            if (_length + count > _data.Length)
            {
                Grow(count);
            }
            Array.Copy(bytes, 0, _data, _length, count);
            _length += count;
            return this;
        }

        internal ByteBuffer Append(byte[] bytes, int offset, int count)
        {
            if (_length + count > _data.Length)
            {
                Grow(count);
            }
            Array.Copy(bytes, offset, _data, _length, count);
            _length += count;
            return this;
        }

        /// <summary>Appends text that is known to be ASCII (numbers, keywords, validated host names).</summary>
        internal ByteBuffer Append(string ascii)
        {
            Reserve(ascii.Length);
            for (int i = 0; i < ascii.Length; i++)
            {
                _data[_length++] = (byte)ascii[i];
            }
            return this;
        }

        /// <summary>
        /// The number in ASCII digits with a plain '-', whatever the culture (int.ToString() gives
        /// U+2212 in some locales on .NET, and allocates a string on every call).
        /// </summary>
        internal ByteBuffer AppendDecimal(int value)
        {
            Reserve(11);
            _length = WriteDecimal(_data, _length, value);
            return this;
        }

        /// <summary>
        /// AppendDecimal's bytes written into <paramref name="into"/> at <paramref name="at"/>, which
        /// has room for DecimalLength(value) of them; returns the index after the last.
        /// </summary>
        internal static int WriteDecimal(byte[] into, int at, int value)
        {
            int end = at + DecimalLength(value);
            if (value < 0)
            {
                into[at] = (byte)'-';
            }
            // Negative digits, so int.MinValue needs no special case.
            int rest = value < 0 ? value : -value;
            int i = end;
            do
            {
                into[--i] = (byte)('0' - rest % 10);
                rest /= 10;
            }
            while (rest != 0);
            return end;
        }

        /// <summary>How many bytes AppendDecimal writes for <paramref name="value"/>, its '-' included.</summary>
        internal static int DecimalLength(int value)
        {
            int length = value < 0 ? 2 : 1;
            for (int scan = value / 10; scan != 0; scan /= 10)
            {
                length++;
            }
            return length;
        }

        /// <summary>Eight lowercase hex digits, as printf's %08x.</summary>
        internal ByteBuffer AppendHex8(int value)
        {
            Reserve(8);
            for (int shift = 28; shift >= 0; shift -= 4)
            {
                int nibble = (value >> shift) & 0xF;
                _data[_length++] = (byte)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
            }
            return this;
        }

        internal byte[] ToArray()
        {
            byte[] copy = new byte[_length];
            Array.Copy(_data, 0, copy, 0, _length);
            return copy;
        }

        private void Reserve(int extra)
        {
            if (_length + extra > _data.Length)
            {
                Grow(extra);
            }
        }

        private void Grow(int extra)
        {
            int size = _data.Length * 2;
            while (size < _length + extra)
            {
                size *= 2;
            }
            byte[] bigger = new byte[size];
            Array.Copy(_data, 0, bigger, 0, _length);
            _data = bigger;
        }
    }
}
