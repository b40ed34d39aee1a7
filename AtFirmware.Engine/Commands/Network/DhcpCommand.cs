using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// AT+CWDHCP=&lt;operate&gt;,&lt;mode&gt; and AT+CWDHCP? (docs/commands/wifi-and-time.md). Mode bit 0 starts or stops
    /// the station's DHCP client on the platform (enabling it drops a static address, as AT+CIPSTA's does the
    /// reverse); bit 1, the soft-AP's DHCP server, is remembered and reported for a module without a soft-AP.
    /// </summary>
    internal sealed class DhcpCommand : AtCommand
    {
        private const int StationBit = 1;
        private const int SoftApBit = 2;

        private readonly WifiSettings _settings;

        internal DhcpCommand(WifiSettings settings) : base("+CWDHCP", CommandForms.Query | CommandForms.Set)
        {
            _settings = settings;
        }

        internal override void Query(CommandContext context)
        {
            Response r = context.Response;
            int state = (_settings.Port.IsDhcpEnabled ? StationBit : 0) | (_settings.SoftApDhcp ? SoftApBit : 0);
            r.Buffer.Append("+CWDHCP:").AppendDecimal(state);
            r.EndLine();
            r.Ok();
        }

        internal override void Set(CommandContext context, ParameterList parameters)
        {
            Response r = context.Response;
            int operate, mode;
            if (!ArgumentReader.Count(r, parameters, 2, 2)
                || !ArgumentReader.Int(r, parameters, 0, 0, 1, out operate)
                || !ArgumentReader.Int(r, parameters, 1, 0, StationBit | SoftApBit, out mode))
            {
                return;
            }
            bool enable = operate == 1;
            if ((mode & StationBit) != 0 && !_settings.Applied(_settings.Port.SetDhcp(enable), "station DHCP"))
            {
                r.ErrorPlain();
                return;
            }
            if ((mode & SoftApBit) != 0)
            {
                _settings.SoftApDhcp = enable;
            }
            r.Ok();
        }
    }
}
