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
        // The empty slot where Find's last unsuccessful probe ended: where Add puts a new command.
        private int _freeSlot;

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
            byte[] name = command.Name.Bytes;
            if (_count * 2 >= Slots)
            {
                throw new System.InvalidOperationException("the command table is full: raise CommandTable.Slots");
            }
            if (Find(name, 0, name.Length) != null)
            {
                throw new System.InvalidOperationException(command.DisplayName + " is registered twice");
            }
            _slots[_freeSlot] = command;
            _inOrder[_count] = command;
            _count++;
            if (name.Length > _longestName)
            {
                _longestName = name.Length;
            }
        }

        /// <summary>The command named by line[offset, offset+count), or null.</summary>
        /// <remarks>
        /// The slot is a hash of the length and the last and middle bytes, case-folded (b | 0x20)
        /// so that "+mqttpub" and "+MQTTPUB" land in the same slot. Folding also pairs a few
        /// non-letters ('_' and DEL, ...): that only makes a collision, which CommandName.Matches
        /// sorts out. Computed here rather than in a method of its own: the interpreter would not
        /// inline that call, and it is on every line's path.
        /// </remarks>
        internal AtCommand Find(byte[] line, int offset, int count)
        {
            int slot = count == 0 ? 0 : ((count * 31 + (line[offset + count - 1] | 0x20)) * 31 + (line[offset + count / 2] | 0x20)) & Mask;
            AtCommand candidate;
            while ((candidate = _slots[slot]) != null)
            {
                if (candidate.Name.Matches(line, offset, count))
                {
                    return candidate;
                }
                slot = (slot + 1) & Mask;
            }
            _freeSlot = slot;
            return null;
        }
    }
}
