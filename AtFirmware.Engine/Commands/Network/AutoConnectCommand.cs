using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// AT+CWAUTOCONN=&lt;0|1&gt; and AT+CWAUTOCONN?: whether the module joins its saved AP at power-up (default 1;
    /// firmware always saves it, so the platform stores it and AT+RST keeps it) (docs/commands/wifi-and-time.md).
    /// </summary>
    internal sealed class AutoConnectCommand : AtCommand
    {
        private readonly WifiSettings _settings;

        internal AutoConnectCommand(WifiSettings settings) : base("+CWAUTOCONN", CommandForms.Query | CommandForms.Set)
        {
            _settings = settings;
        }

        internal override void Query(CommandContext context)
        {
            Response r = context.Response;
            r.Buffer.Append("+CWAUTOCONN:").AppendDecimal(_settings.Port.AutoConnect ? 1 : 0);
            r.EndLine();
            r.Ok();
        }

        internal override void Set(CommandContext context, ParameterList parameters)
        {
            Response r = context.Response;
            int enable;
            if (!ArgumentReader.Count(r, parameters, 1, 1) || !ArgumentReader.Int(r, parameters, 0, 0, 1, out enable))
            {
                return;
            }
            if (!_settings.Applied(_settings.Port.SetAutoConnect(enable == 1), "auto-connect"))
            {
                r.ErrorPlain();
                return;
            }
            r.Ok();
        }
    }
}
