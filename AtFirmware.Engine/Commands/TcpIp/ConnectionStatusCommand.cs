using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Commands.Network;
using EspAtNano.Engine.Output;

namespace EspAtNano.Engine.Commands.TcpIp
{
    /// <summary>
    /// AT+CIPSTATUS, deprecated in ESP-AT 3.x (its documentation was dropped for AT+CWSTATE and AT+CIPSTATE) but still
    /// answered by the firmware and sent by drivers: STATUS:&lt;stat&gt;, and no +CIPSTATUS lines, since the module
    /// has no sockets (docs/commands/tcpip-settings.md).
    /// </summary>
    internal sealed class ConnectionStatusCommand : AtCommand
    {
        private const int NotInitialised = 0;
        private const int NotStarted = 1;
        private const int GotIp = 2;
        private const int NotConnected = 5;

        private readonly WifiStation _station;

        internal ConnectionStatusCommand(WifiStation station) : base("+CIPSTATUS", CommandForms.Execute)
        {
            _station = station;
        }

        internal override void Execute(CommandContext context)
        {
            Response r = context.Response;
            r.Buffer.Append("STATUS:").AppendDecimal(Status());
            r.EndLine();
            r.Ok();
        }

        private int Status()
        {
            if (!_station.IsStationUp)
            {
                return NotInitialised;
            }
            byte[] ssid;
            int state = _station.State(out ssid);
            if (state == WifiStation.StateGotIp)
            {
                return GotIp;
            }
            return state == WifiStation.StateIdle ? NotStarted : NotConnected;
        }
    }
}
