using EspAtNano.Engine.Commands;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// AT+CWAUTOCONN=&lt;0|1&gt; and AT+CWAUTOCONN?: whether the module joins its saved AP at power-up (default 1;
    /// firmware always saves it, so the platform stores it and AT+RST keeps it) (docs/commands/wifi-and-time.md).
    /// </summary>
    internal sealed class AutoConnectCommand : NumberCommand
    {
        private readonly WifiSettings _settings;

        internal AutoConnectCommand(WifiSettings settings) : base("+CWAUTOCONN", 1)
        {
            _settings = settings;
        }

        protected override int Value(CommandContext context)
        {
            return _settings.Port.AutoConnect ? 1 : 0;
        }

        protected override void Apply(CommandContext context, int value)
        {
            if (!_settings.Applied(_settings.Port.SetAutoConnect(value == 1), "auto-connect"))
            {
                context.Response.ErrorPlain();
                return;
            }
            context.Response.Ok();
        }
    }
}
