using EspAtNano.Engine.Commands;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// AT+CWINIT=&lt;0|1&gt; and AT+CWINIT?: takes the Wi-Fi driver down (leaving the AP; joins answer ERROR until it is
    /// up again) or brings it up. Not saved: 1 after boot and AT+RST (docs/commands/wifi-and-time.md).
    /// </summary>
    internal sealed class WifiInitCommand : NumberCommand
    {
        private readonly WifiStation _station;

        internal WifiInitCommand(WifiStation station) : base("+CWINIT", 1)
        {
            _station = station;
        }

        protected override int Value(CommandContext context)
        {
            return _station.IsInitialised ? 1 : 0;
        }

        protected override void Apply(CommandContext context, int value)
        {
            WifiStation.AnswerLeave(context.Response, _station.SetInitialised(value == 1));
        }
    }
}
