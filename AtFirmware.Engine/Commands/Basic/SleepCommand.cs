using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands.Basic
{
    /// <summary>
    /// AT+SLEEP (docs/commands/basic.md): "+SLEEP:&lt;sleep mode&gt;" and AT+SLEEP=&lt;0-3&gt;. A mode
    /// the platform cannot put the module in answers ERROR rather than be reported but not kept.
    /// Not stored: a restart gives the power-up mode back.
    /// </summary>
    internal sealed class SleepCommand : AtCommand
    {
        private readonly ISleepControl _sleep;
        private readonly RememberedNumber _mode;
        private readonly ILog _log;

        internal SleepCommand(ISleepControl sleep, RememberedNumber mode, ILog log)
            : base("+SLEEP", CommandForms.Query | CommandForms.Set)
        {
            _sleep = sleep;
            _mode = mode;
            _log = log;
        }

        internal override void Query(CommandContext context)
        {
            context.Response.Buffer.Append("+SLEEP:").AppendDecimal(_mode.Value);
            context.Response.EndLine();
            context.Response.Ok();
        }

        internal override void Set(CommandContext context, ParameterList parameters)
        {
            Response r = context.Response;
            int mode;
            if (!ArgumentReader.Count(r, parameters, 1, 1) || !ArgumentReader.Int(r, parameters, 0, 0, 3, out mode))
            {
                return;
            }
            SettingResult result = _sleep.SetMode(mode);
            if (!result.IsApplied)
            {
                _log.Write("AT+SLEEP=" + mode.ToString() + ": " + result.Reason);
                r.Error(ErrorCode.ExecutionFailed);
                return;
            }
            _mode.Value = mode;
            r.Ok();
        }
    }
}
