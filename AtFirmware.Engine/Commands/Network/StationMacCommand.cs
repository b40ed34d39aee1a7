using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>AT+CIPSTAMAC?: +CIPSTAMAC:"aa:bb:cc:dd:ee:ff". Setting the MAC is not offered (docs/commands/wifi-and-time.md).</summary>
    internal sealed class StationMacCommand : AtCommand
    {
        private readonly WifiSettings _settings;

        internal StationMacCommand(WifiSettings settings) : base("+CIPSTAMAC", CommandForms.Query)
        {
            _settings = settings;
        }

        internal override void Query(CommandContext context)
        {
            Response r = context.Response;
            r.Buffer.Append("+CIPSTAMAC:\"").Append(_settings.Port.MacAddress).Append((byte)'"');
            r.EndLine();
            r.Ok();
        }
    }
}
