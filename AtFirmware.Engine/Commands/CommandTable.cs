namespace EspAtNano.Engine.Commands
{
    /// <summary>
    /// The commands the module knows, found by case-insensitive name in a few comparisons
    /// whatever their number: an open-addressed hash table keyed by the name's length and two of
    /// its bytes. On the nanoFramework interpreter every managed step is costly (a loop pass over
    /// one byte is ~500 native instructions): a linear scan paid a full name comparison for each
    /// entry passed over (~4,600 apiece), and hashing every byte of the name cost as much as
    /// comparing it.
    /// The table also keeps the commands in registration order, for AT+CMD?.
    /// </summary>
    internal sealed class CommandTable
    {
        // A power of two at least twice the commands any platform registers, so probe runs stay short.
        private const int Slots = 256;
        private const int Mask = Slots - 1;

        private readonly AtCommand[] _slots = new AtCommand[Slots];
        private readonly AtCommand[] _inOrder = new AtCommand[Slots / 2];
        private int _count;
        private int _longestName;

        /// <summary>How many commands the table holds.</summary>
        internal int Count { get { return _count; } }

        /// <summary>The length of the longest name: a longer one names no command.</summary>
        internal int LongestName { get { return _longestName; } }

        /// <summary>The command registered <paramref name="index"/>-th (from 0).</summary>
        internal AtCommand At(int index)
        {
            return _inOrder[index];
        }

        /// <summary>Adds a command; a second command of the same name is a programming error.</summary>
        internal void Add(AtCommand command)
        {
            byte[] name = command.Name;
            if (_count * 2 >= Slots)
            {
                throw new System.InvalidOperationException("the command table is full: raise CommandTable.Slots");
            }
            int slot = Hash(name, 0, name.Length) & Mask;
            while (_slots[slot] != null)
            {
                if (Matches(_slots[slot].Name, name, 0, name.Length))
                {
                    throw new System.InvalidOperationException(command.DisplayName + " is registered twice");
                }
                slot = (slot + 1) & Mask;
            }
            _slots[slot] = command;
            _inOrder[_count] = command;
            _count++;
            if (name.Length > _longestName)
            {
                _longestName = name.Length;
            }
        }

        /// <summary>The command named by line[offset, offset+count), or null.</summary>
        internal AtCommand Find(byte[] line, int offset, int count)
        {
            int slot = Hash(line, offset, count) & Mask;
            AtCommand candidate;
            while ((candidate = _slots[slot]) != null)
            {
                if (Matches(candidate.Name, line, offset, count))
                {
                    return candidate;
                }
                slot = (slot + 1) & Mask;
            }
            return null;
        }

        /// <summary>
        /// A hash of the length and the last and middle bytes, case-folded (b | 0x20) so that
        /// "+mqttpub" and "+MQTTPUB" land in the same slot. Folding also pairs a few non-letters
        /// ('_' and DEL, ...): that only makes a collision, which Matches sorts out.
        /// </summary>
        private static int Hash(byte[] bytes, int offset, int count)
        {
            if (count == 0)
            {
                return 0;
            }
            return (count * 31 + (bytes[offset + count - 1] | 0x20)) * 31 + (bytes[offset + count / 2] | 0x20);
        }

        /// <summary>Whether bytes[offset, offset+count) is <paramref name="upperName"/>, ignoring the case of the bytes.</summary>
        private static bool Matches(byte[] upperName, byte[] bytes, int offset, int count)
        {
            if (upperName.Length != count)
            {
                return false;
            }
            // From the end: names that share a length mostly share their start ("+MQTT").
            for (int i = count - 1; i >= 0; i--)
            {
                int n = upperName[i];
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
