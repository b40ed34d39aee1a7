using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands
{
    /// <summary>
    /// A command's name ("+MQTTPUB", "E0", "" for AT itself) and a case-insensitive comparison
    /// with the bytes of a line that costs little on the interpreter: four bytes are packed into
    /// an int and compared at once, where a byte loop pays ~600 native instructions per byte.
    /// Letters compare without their case bit (b | 0x20), every other byte exactly, so that
    /// "+mqttpub" matches but '_' never matches DEL (0x7F, which is '_' | 0x20).
    /// </summary>
    internal sealed class CommandName
    {
        private readonly byte[] _upper;
        // Per group of four name bytes, little-endian: the bytes with letters in lowercase, the
        // case bit of the letters, and 0xFF for the bytes that belong to the name (the last group
        // may be partial: the line's bytes past the name are ignored).
        private readonly int[] _lower;
        private readonly int[] _caseBits;
        private readonly int[] _used;

        internal CommandName(string name)
        {
            _upper = AsciiText.GetBytes(name.ToUpper());
            int groups = (_upper.Length + 3) / 4;
            _lower = new int[groups];
            _caseBits = new int[groups];
            _used = new int[groups];
            for (int i = 0; i < _upper.Length; i++)
            {
                int b = _upper[i];
                bool letter = b >= 'A' && b <= 'Z';
                int shift = (i % 4) * 8;
                _lower[i / 4] |= (letter ? b | 0x20 : b) << shift;
                _caseBits[i / 4] |= (letter ? 0x20 : 0) << shift;
                _used[i / 4] |= 0xFF << shift;
            }
        }

        /// <summary>The name in uppercase.</summary>
        internal byte[] Bytes { get { return _upper; } }

        /// <summary>Whether bytes[offset, offset+count) is this name, ignoring the case of letters.</summary>
        internal bool Matches(byte[] bytes, int offset, int count)
        {
            if (count != _upper.Length)
            {
                return false;
            }
            int groups = _lower.Length;
            if (offset + groups * 4 > bytes.Length)
            {
                // The last group would read past the array: the name ends within three bytes of its end.
                return MatchesByteByByte(bytes, offset);
            }
            for (int g = 0; g < groups; g++)
            {
                int at = offset + g * 4;
                int word = bytes[at] | bytes[at + 1] << 8 | bytes[at + 2] << 16 | bytes[at + 3] << 24;
                if (((word | _caseBits[g]) & _used[g]) != _lower[g])
                {
                    return false;
                }
            }
            return true;
        }

        private bool MatchesByteByByte(byte[] bytes, int offset)
        {
            for (int i = 0; i < _upper.Length; i++)
            {
                int n = _upper[i];
                int b = bytes[offset + i];
                // Equal, or the lowercase of an uppercase letter (n | 0x20 is n + 32 for 'A'..'Z').
                if (b != n && (b != (n | 0x20) || n < 'A' || n > 'Z'))
                {
                    return false;
                }
            }
            return true;
        }
    }
}
