using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// AT+CWHOSTNAME="&lt;name&gt;" (1–32 bytes of a host name, station mode only) and AT+CWHOSTNAME? (the name
    /// unquoted, as ESP-AT prints it). Not saved: AT+RST gives back "espressif". A platform that cannot read or set
    /// the name answers ERROR (docs/commands/wifi-and-time.md).
    /// </summary>
    internal sealed class HostNameCommand : AtCommand
    {
        private const int MaxLength = 32;

        private readonly WifiStation _station;
        private readonly WifiSettings _settings;

        internal HostNameCommand(WifiStation station, WifiSettings settings)
            : base("+CWHOSTNAME", CommandForms.Query | CommandForms.Set)
        {
            _station = station;
            _settings = settings;
        }

        internal override void Query(CommandContext context)
        {
            Response r = context.Response;
            string name = _settings.Port.HostName;
            if (name == null)
            {
                r.ErrorPlain();
                return;
            }
            r.Buffer.Append("+CWHOSTNAME:").Append(name);
            r.EndLine();
            r.Ok();
        }

        internal override void Set(CommandContext context, ParameterList parameters)
        {
            Response r = context.Response;
            if (!_station.IsStationUp)
            {
                r.ErrorPlain();
                return;
            }
            byte[] name;
            if (!ArgumentReader.Count(r, parameters, 1, 1) || !ArgumentReader.String(r, parameters, 0, MaxLength, out name))
            {
                return;
            }
            if (name.Length == 0 || !AsciiText.IsHostName(name))
            {
                r.Error(ErrorCode.ParameterInvalid(0));
                return;
            }
            if (!_settings.Applied(_settings.Port.SetHostName(AsciiText.GetString(name)), "host name"))
            {
                r.ErrorPlain();
                return;
            }
            r.Ok();
        }
    }
}
