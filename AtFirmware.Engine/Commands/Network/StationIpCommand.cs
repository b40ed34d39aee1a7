using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// AT+CIPSTA? (the station's IPv4 address, gateway and netmask, "0.0.0.0" while it has none) and
    /// AT+CIPSTA="ip"[,"gateway","netmask"] (a static address, station mode only; DHCP is off afterwards). With the
    /// address alone, the gateway is the subnet's .1 and the netmask 255.255.255.0 (docs/commands/wifi-and-time.md).
    /// </summary>
    internal sealed class StationIpCommand : AtCommand
    {
        private static readonly int[] DefaultNetmask = { 255, 255, 255, 0 };
        private const int DefaultGatewayOctet = 1;

        private readonly WifiStation _station;
        private readonly WifiSettings _settings;

        internal StationIpCommand(WifiStation station, WifiSettings settings) : base("+CIPSTA", CommandForms.Query | CommandForms.Set)
        {
            _station = station;
            _settings = settings;
        }

        internal override void Query(CommandContext context)
        {
            Response r = context.Response;
            StationAddresses a = _settings.Port.Addresses;
            AppendLine(r, "ip", a.Ip);
            AppendLine(r, "gateway", a.Gateway);
            AppendLine(r, "netmask", a.Netmask);
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
            if (!ArgumentReader.Count(r, parameters, 1, 3))
            {
                return;
            }
            // The gateway and netmask come together or not at all.
            if (parameters.Count == 2)
            {
                r.Error(ErrorCode.ParameterCountMismatch);
                return;
            }
            int[] ip, gateway, netmask;
            if (!ReadAddress(r, parameters, 0, out ip))
            {
                return;
            }
            if (parameters.Count == 1)
            {
                gateway = new int[] { ip[0], ip[1], ip[2], DefaultGatewayOctet };
                netmask = DefaultNetmask;
            }
            else if (!ReadAddress(r, parameters, 1, out gateway) || !ReadAddress(r, parameters, 2, out netmask))
            {
                return;
            }
            if (!_settings.Applied(_settings.Port.SetStaticAddresses(new StationAddresses(
                Ipv4Literal.Format(ip), Ipv4Literal.Format(gateway), Ipv4Literal.Format(netmask))), "static address"))
            {
                r.ErrorPlain();
                return;
            }
            r.Ok();
        }

        private static void AppendLine(Response r, string field, string address)
        {
            r.Buffer.Append("+CIPSTA:").Append(field).Append(":\"").Append(address).Append((byte)'"');
            r.EndLine();
        }

        private static bool ReadAddress(Response r, ParameterList p, int index, out int[] address)
        {
            address = null;
            byte[] text;
            if (p.ReadString(index, out text) != ParseStatus.Ok)
            {
                r.Error(ErrorCode.ParameterParseFailed(index));
                return false;
            }
            address = Ipv4Literal.Parse(text);
            if (address == null)
            {
                r.Error(ErrorCode.ParameterInvalid(index));
                return false;
            }
            return true;
        }
    }
}
