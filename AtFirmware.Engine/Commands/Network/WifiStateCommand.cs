using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>AT+CWSTATE?: +CWSTATE:&lt;state&gt;,"&lt;ssid&gt;" with ESP-AT's states 0–4 (docs/commands/wifi-and-time.md).</summary>
    internal sealed class WifiStateCommand : AtCommand
    {
        private readonly WifiStation _station;

        internal WifiStateCommand(WifiStation station) : base("+CWSTATE", CommandForms.Query)
        {
            _station = station;
        }

        internal override void Query(CommandContext context)
        {
            Response r = context.Response;
            byte[] ssid;
            int state = _station.State(out ssid);
            r.Buffer.Append("+CWSTATE:").AppendDecimal(state).Append(",\"").Append(ssid).Append((byte)'"');
            r.EndLine();
            r.Ok();
        }
    }
}
