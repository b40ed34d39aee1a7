using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Commands.Network;
using EspAtNano.Engine.Output;

namespace EspAtNano.Engine.Commands.TcpIp
{
    /// <summary>
    /// AT+CIFSR: +CIFSR:STAIP,"…" and +CIFSR:STAMAC,"…" for the station, the module's one interface; with Wi-Fi
    /// off or the driver down it has no valid interface, so just OK (docs/commands/tcpip-settings.md).
    /// </summary>
    internal sealed class LocalAddressCommand : AtCommand
    {
        private readonly WifiStation _station;
        private readonly WifiSettings _settings;

        internal LocalAddressCommand(WifiStation station, WifiSettings settings) : base("+CIFSR", CommandForms.Execute)
        {
            _station = station;
            _settings = settings;
        }

        internal override void Execute(CommandContext context)
        {
            Response r = context.Response;
            if (_station.IsStationUp)
            {
                r.Buffer.Append("+CIFSR:STAIP,\"").Append(_settings.Port.Addresses.Ip).Append((byte)'"');
                r.EndLine();
                r.Buffer.Append("+CIFSR:STAMAC,\"").Append(_settings.Port.MacAddress).Append((byte)'"');
                r.EndLine();
            }
            r.Ok();
        }
    }
}
