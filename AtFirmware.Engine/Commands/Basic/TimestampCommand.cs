using System;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands.Basic
{
    /// <summary>
    /// AT+SYSTIMESTAMP (docs/commands/basic.md): "+SYSTIMESTAMP:&lt;Unix_timestamp&gt;", the module's
    /// clock in seconds since 1970 (before anything set it, that is the time since boot, as on
    /// firmware), and AT+SYSTIMESTAMP=&lt;Unix_timestamp&gt; to set it until SNTP next does.
    /// </summary>
    internal sealed class TimestampCommand : AtCommand
    {
        private static readonly DateTime Epoch = new DateTime(1970, 1, 1, 0, 0, 0);

        private readonly IClock _clock;
        private readonly ITimeSync _timeSync;
        private readonly ILog _log;

        internal TimestampCommand(IClock clock, ITimeSync timeSync, ILog log)
            : base("+SYSTIMESTAMP", CommandForms.Query | CommandForms.Set)
        {
            _clock = clock;
            _timeSync = timeSync;
            _log = log;
        }

        internal override void Query(CommandContext context)
        {
            long seconds = (_clock.UtcNow.Ticks - Epoch.Ticks) / TimeSpan.TicksPerSecond;
            context.Response.Buffer.Append("+SYSTIMESTAMP:").AppendDecimal((int)seconds);
            context.Response.EndLine();
            context.Response.Ok();
        }

        internal override void Set(CommandContext context, ParameterList parameters)
        {
            Response r = context.Response;
            int seconds;
            if (!ArgumentReader.Count(r, parameters, 1, 1) || !ArgumentReader.Int(r, parameters, 0, 0, int.MaxValue, out seconds))
            {
                return;
            }
            SettingResult result = _timeSync.SetTime(Epoch.AddTicks(seconds * TimeSpan.TicksPerSecond));
            if (!result.IsApplied)
            {
                _log.Write("AT+SYSTIMESTAMP: " + result.Reason);
                r.Error(ErrorCode.ExecutionFailed);
                return;
            }
            r.Ok();
        }
    }
}
