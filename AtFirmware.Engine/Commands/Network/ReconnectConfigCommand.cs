using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// AT+CWRECONNCFG=&lt;interval_second&gt;,&lt;repeat_count&gt;[,&lt;reconnect_now&gt;] and AT+CWRECONNCFG?
    /// (docs/commands/wifi-and-time.md). The platform applies the policy or the command answers ERROR.
    /// &lt;reconnect_now&gt; 1 changes nothing once the station has an address (as in ESP-AT); before that it joins the
    /// saved AP in the background after the OK, or answers ERROR when there is none to join.
    /// </summary>
    internal sealed class ReconnectConfigCommand : AtCommand
    {
        private const int MaxIntervalSeconds = 7200;
        private const int MaxRepeatCount = 1000;

        private readonly WifiStation _station;
        private readonly WifiSettings _settings;

        internal ReconnectConfigCommand(WifiStation station, WifiSettings settings)
            : base("+CWRECONNCFG", CommandForms.Query | CommandForms.Set)
        {
            _station = station;
            _settings = settings;
        }

        internal override void Query(CommandContext context)
        {
            Response r = context.Response;
            r.Buffer.Append("+CWRECONNCFG:").AppendDecimal(_settings.ReconnectIntervalSeconds).Append((byte)',')
                .AppendDecimal(_settings.ReconnectRepeatCount);
            r.EndLine();
            r.Ok();
        }

        internal override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            int interval, count, now;
            if (!ArgumentReader.Count(r, p, 2, 3)
                || !ArgumentReader.Int(r, p, 0, 0, MaxIntervalSeconds, out interval)
                || !ArgumentReader.Int(r, p, 1, 0, MaxRepeatCount, out count)
                || !ArgumentReader.OptionalInt(r, p, 2, 0, 1, 0, out now))
            {
                return;
            }
            bool rejoin = now == 1 && _station.Current == null;
            if (rejoin && !_station.CanJoinSavedAp)
            {
                r.ErrorPlain();
                return;
            }
            if (!_settings.SetReconnect(interval, count))
            {
                r.ErrorPlain();
                return;
            }
            r.Ok();
            if (rejoin)
            {
                context.RunAfterResponse(new SavedApJoin(_station));
            }
        }
    }
}
