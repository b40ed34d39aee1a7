using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Commands.Network;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands.TcpIp
{
    /// <summary>
    /// AT+CIPDOMAIN=&lt;"domain name"&gt;[,&lt;ip network&gt;][,&lt;timeout&gt;][,&lt;show_all_ip&gt;]
    /// (docs/commands/tcpip-settings.md): +CIPDOMAIN:"&lt;IP address&gt;" for the first address (or each one), then OK;
    /// plain ERROR when the name does not resolve. The lookup runs in the background, bounded by the timeout.
    /// </summary>
    internal sealed class DomainLookupCommand : AtCommand, IBackgroundJob
    {
        /// <summary>Timeout 0 leaves it to the stack in ESP-AT; lwIP gives up after about this long.</summary>
        internal const int StackTimeoutMs = 20000;
        private const int MaxTimeoutMs = 60000;
        private const int MaxNameLength = 253;

        private static readonly byte[] LinePrefix = AsciiText.GetBytes("+CIPDOMAIN:\"");

        private readonly WifiStation _station;
        private readonly IWifiPort _port;
        private readonly ILog _log;
        private string _name;
        private AddressFamilyChoice _family;
        private int _timeoutMs;
        private bool _showAll;

        internal DomainLookupCommand(WifiStation station, IWifiPort port, ILog log)
            : base("+CIPDOMAIN", CommandForms.Set)
        {
            _station = station;
            _port = port;
            _log = log;
        }

        internal override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            byte[] name;
            int family, timeout, showAll;
            if (!ArgumentReader.Count(r, p, 1, 4)
                || !ArgumentReader.String(r, p, 0, MaxNameLength, out name)
                || !ArgumentReader.OptionalInt(r, p, 1, 1, 3, 1, out family)
                || !ArgumentReader.OptionalInt(r, p, 2, 0, MaxTimeoutMs, 0, out timeout)
                || !ArgumentReader.OptionalInt(r, p, 3, 0, 1, 0, out showAll))
            {
                return;
            }
            if (name.Length == 0)
            {
                r.Error(ErrorCode.ParameterInvalid(0));
                return;
            }
            if (!_station.IsStationUp)
            {
                r.ErrorPlain();
                return;
            }
            _name = AsciiText.GetString(name);
            _family = (AddressFamilyChoice)family;
            _timeoutMs = timeout == 0 ? StackTimeoutMs : timeout;
            _showAll = showAll == 1;
            context.RunInBackground(this);
        }

        void IBackgroundJob.Run(Response response)
        {
            LookupResult result = _port.Resolve(_name, _family, _timeoutMs);
            if (!result.IsFound)
            {
                _log.Write("dns: \"" + _name + "\" did not resolve: " + result.Reason);
                response.ErrorPlain();
                return;
            }
            int count = _showAll ? result.Addresses.Length : 1;
            for (int i = 0; i < count; i++)
            {
                response.Buffer.Append(LinePrefix).Append(result.Addresses[i]).Append((byte)'"').Append(ResultCodes.NewLine);
            }
            response.Ok();
        }
    }
}
