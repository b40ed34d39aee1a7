using EspAtNano.Engine.Commands;

namespace EspAtNano.Engine.Commands.Basic
{
    /// <summary>AT+SYSLOG=&lt;0|1&gt; and AT+SYSLOG?: whether ERROR is preceded by its ERR CODE line.</summary>
    internal sealed class SyslogCommand : NumberCommand
    {
        internal SyslogCommand() : base("+SYSLOG", 1)
        {
        }

        protected override int Value(CommandContext context)
        {
            return context.Settings.SyslogEnabled ? 1 : 0;
        }

        protected override void Apply(CommandContext context, int value)
        {
            context.Settings.SyslogEnabled = value == 1;
            context.Response.Ok();
        }
    }
}
