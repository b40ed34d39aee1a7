using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>AT+CWQAP: leaves the AP; OK, then the WIFI DISCONNECT URC if the station was joined.</summary>
    internal sealed class QuitApCommand : AtCommand
    {
        private readonly WifiStation _station;

        internal QuitApCommand(WifiStation station) : base("+CWQAP", CommandForms.Execute)
        {
            _station = station;
        }

        internal override void Execute(CommandContext context)
        {
            WifiStation.AnswerLeave(context.Response, _station.Leave());
        }
    }
}
