using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;

namespace EspAtNano.Engine.Commands.Basic
{
    /// <summary>
    /// AT+CMD?: every command of the running module, in registration order, with the forms it
    /// answers — read from the command table itself, so the list cannot drift from what the
    /// module does (docs/commands/basic.md).
    /// </summary>
    internal sealed class CommandListCommand : AtCommand
    {
        private readonly CommandTable _table;

        internal CommandListCommand(CommandTable table) : base("+CMD", CommandForms.Query)
        {
            _table = table;
        }

        /// <summary>+CMD:&lt;index&gt;,"&lt;name&gt;",&lt;test&gt;,&lt;query&gt;,&lt;set&gt;,&lt;execute&gt; per command, from index 0.</summary>
        internal override void Query(CommandContext context)
        {
            Response r = context.Response;
            ByteBuffer b = r.Buffer;
            for (int i = 0; i < _table.Count; i++)
            {
                AtCommand command = _table.At(i);
                b.Append("+CMD:").AppendDecimal(i).Append(",\"").Append(command.DisplayName).Append("\"");
                AppendSupport(b, command, CommandForms.Test);
                AppendSupport(b, command, CommandForms.Query);
                AppendSupport(b, command, CommandForms.Set);
                AppendSupport(b, command, CommandForms.Execute);
                r.EndLine();
            }
            r.Ok();
        }

        private static void AppendSupport(ByteBuffer b, AtCommand command, int form)
        {
            b.Append(",").AppendDecimal(command.Supports(form) ? 1 : 0);
        }
    }
}
