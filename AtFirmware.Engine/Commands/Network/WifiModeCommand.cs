using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>AT+CWMODE=&lt;0|1&gt; and AT+CWMODE?: Wi-Fi off or station; the module has no soft-AP (docs/commands/wifi-and-time.md).</summary>
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
            if (!ArgumentReader.Count(r, parameters, 1, 1)
                || !ArgumentReader.Int(r, parameters, 0, WifiStation.ModeOff, WifiStation.ModeStation, out mode))
            {
                return;
            }
            WifiStation.AnswerLeave(r, _station.SetMode(mode));
        }
    }
}
