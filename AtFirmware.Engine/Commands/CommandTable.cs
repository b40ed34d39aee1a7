namespace EspAtNano.Engine.Commands
{
    /// <summary>
    /// The commands the module knows, found by case-insensitive name in a few comparisons
    /// whatever their number: an open-addressed hash table keyed by the uppercase name. On the
    /// nanoFramework interpreter every managed step is costly, and a linear scan paid a full
    /// name comparison for each entry passed over (~4,600 native instructions apiece).
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

        /// <summary>How many commands the table holds.</summary>
        internal int Count { get { return _count; } }

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

        /// <summary>A hash of the bytes as uppercase ASCII, so "+mqttpub" and "+MQTTPUB" land in the same slot.</summary>
        private static int Hash(byte[] bytes, int offset, int count)
        {
            int hash = count;
            for (int i = offset; i < offset + count; i++)
            {
                int b = bytes[i];
                // Inline uppercase: a method call per byte costs more than the comparison on the interpreter.
                if (b >= 'a' && b <= 'z')
                {
                    b -= 32;
                }
                hash = hash * 31 + b;
            }
            return hash & 0x7FFFFFFF;
        }

        /// <summary>Whether bytes[offset, offset+count) is <paramref name="upperName"/>, ignoring the case of the bytes.</summary>
        private static bool Matches(byte[] upperName, byte[] bytes, int offset, int count)
        {
            if (upperName.Length != count)
            {
                return false;
            }
            for (int i = 0; i < count; i++)
            {
                int b = bytes[offset + i];
                if (b >= 'a' && b <= 'z')
                {
                    b -= 32;
                }
                if (b != upperName[i])
                {
                    return false;
                }
            }
            return true;
        }
    }
}
