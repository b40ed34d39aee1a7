using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// AT+CIPSNTPINTV=&lt;interval second&gt; (15–4294967) and AT+CIPSNTPINTV? (docs/commands/wifi-and-time.md).
    /// A platform that cannot change its SNTP client's interval takes only the default and answers ERROR otherwise.
    /// </summary>
    internal sealed class SntpIntervalCommand : AtCommand
    {
        private const int MinSeconds = 15;
        private const int MaxSeconds = 4294967;

        private readonly SntpConfig _sntp;

        internal SntpIntervalCommand(SntpConfig sntp) : base("+CIPSNTPINTV", CommandForms.Query | CommandForms.Set)
        {
            _sntp = sntp;
        }

        internal override void Query(CommandContext context)
        {
            context.Response.Buffer.Append("+CIPSNTPINTV:").AppendDecimal(_sntp.IntervalSeconds);
            context.Response.EndLine();
            context.Response.Ok();
        }

        internal override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            int seconds;
            if (!ArgumentReader.Count(r, p, 1, 1) || !ArgumentReader.Int(r, p, 0, MinSeconds, MaxSeconds, out seconds))
            {
                return;
            }
            if (!_sntp.SetInterval(seconds))
            {
                r.ErrorPlain();
                return;
            }
            r.Ok();
        }
    }
}
