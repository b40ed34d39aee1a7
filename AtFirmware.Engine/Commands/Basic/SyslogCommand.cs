using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Basic
{
    /// <summary>AT+SYSLOG: whether ERROR is preceded by its ERR CODE line.</summary>
    internal sealed class SyslogCommand : AtCommand
    {
        internal SyslogCommand() : base("+SYSLOG", CommandForms.Query | CommandForms.Set)
        {
        }

        internal override void Query(CommandContext context)
        {
            Response r = context.Response;
            r.Buffer.Append("+SYSLOG:").AppendDecimal(context.Settings.SyslogEnabled ? 1 : 0);
            r.EndLine();
            r.Ok();
        }

        internal override void Set(CommandContext context, ParameterList parameters)
        {
            Response r = context.Response;
            int value;
            if (!ArgumentReader.Count(r, parameters, 1, 1) || !ArgumentReader.Int(r, parameters, 0, 0, 1, out value))
            {
                return;
            }
            context.Settings.SyslogEnabled = value == 1;
            r.Ok();
        }
    }
}
