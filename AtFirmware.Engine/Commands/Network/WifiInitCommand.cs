using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// AT+CWINIT=&lt;0|1&gt; and AT+CWINIT?: takes the Wi-Fi driver down (leaving the AP; joins answer ERROR until it is
    /// up again) or brings it up. Not saved: 1 after boot and AT+RST (docs/commands/wifi-and-time.md).
    /// </summary>
    internal sealed class WifiInitCommand : AtCommand
    {
        private readonly WifiStation _station;

        internal WifiInitCommand(WifiStation station) : base("+CWINIT", CommandForms.Query | CommandForms.Set)
        {
            _station = station;
        }

        internal override void Query(CommandContext context)
        {
            Response r = context.Response;
            r.Buffer.Append("+CWINIT:").AppendDecimal(_station.IsInitialised ? 1 : 0);
            r.EndLine();
            r.Ok();
        }

        internal override void Set(CommandContext context, ParameterList parameters)
        {
            Response r = context.Response;
            int init;
            if (!ArgumentReader.Count(r, parameters, 1, 1) || !ArgumentReader.Int(r, parameters, 0, 0, 1, out init))
            {
                return;
            }
            WifiStation.AnswerLeave(r, _station.SetInitialised(init == 1));
        }
    }
}
