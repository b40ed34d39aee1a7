using System.Collections;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands
{
    /// <summary>The commands the module knows, found by case-insensitive name.</summary>
    internal sealed class CommandTable
    {
        private readonly ArrayList _commands = new ArrayList();

        internal void Add(AtCommand command)
        {
            _commands.Add(command);
        }

        /// <summary>The command named by line[offset, offset+count), or null.</summary>
        internal AtCommand Find(byte[] line, int offset, int count)
        {
            for (int i = 0; i < _commands.Count; i++)
            {
                AtCommand command = (AtCommand)_commands[i];
                if (AsciiText.EqualsIgnoreCase(line, offset, count, command.Name))
                {
                    return command;
                }
            }
            return null;
        }
    }
}
