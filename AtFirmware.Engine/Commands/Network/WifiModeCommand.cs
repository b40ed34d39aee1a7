using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// AT+CWMODE=&lt;0|1&gt;[,&lt;auto_connect&gt;] and AT+CWMODE?: Wi-Fi off or station; the module has no soft-AP
    /// (docs/commands/wifi-and-time.md). &lt;auto_connect&gt; (0/1, default 1): turning the station on from Wi-Fi off
    /// joins the saved AP, as firmware does.
    /// </summary>
    internal sealed class WifiModeCommand : AtCommand
    {
        private readonly WifiStation _station;

        internal WifiModeCommand(WifiStation station) : base("+CWMODE", CommandForms.Query | CommandForms.Set)
        {
            _station = station;
        }

        internal override void Query(CommandContext context)
        {
            Response r = context.Response;
            r.Buffer.Append("+CWMODE:").AppendDecimal(_station.Mode);
            r.EndLine();
            r.Ok();
        }

        internal override void Set(CommandContext context, ParameterList parameters)
        {
            Response r = context.Response;
            int mode;
            int autoConnect;
            if (!ArgumentReader.Count(r, parameters, 1, 2)
                || !ArgumentReader.Int(r, parameters, 0, WifiStation.ModeOff, WifiStation.ModeStation, out mode)
                || !ArgumentReader.OptionalInt(r, parameters, 1, 0, 1, 1, out autoConnect))
            {
                return;
            }
            bool wasOff = _station.Mode == WifiStation.ModeOff;
            WifiStation.AnswerLeave(r, _station.SetMode(mode));
            if (wasOff && autoConnect == 1 && _station.CanJoinSavedAp)
            {
                context.RunAfterResponse(new SavedApJoin(_station));
            }
        }
    }
}
