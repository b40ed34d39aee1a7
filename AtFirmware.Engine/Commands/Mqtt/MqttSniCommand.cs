using EspAtNano.Engine.Framing;
using EspAtNano.Engine.Link;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Mqtt
{
    /// <summary>AT+MQTTSNI=0,"sni": the TLS server name; "" goes back to the host name.</summary>
    internal sealed class MqttSniCommand : AtCommand
    {
        internal MqttSniCommand() : base("+MQTTSNI", CommandForms.Set)
        {
        }

        internal override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            byte[] name;
            if (!MqttChecks.Begin(r, p, 2, 2) || !MqttChecks.Accepted(r, context.Link, LinkCommand.ConfigDetail)
                || !ArgumentReader.String(r, p, 1, InputFramer.MaxLineLength, out name))
            {
                return;
            }
            if (name.Length > 0 && !context.Options.Capabilities.CustomSni)
            {
                r.ErrorPlain();
                return;
            }
            MqttChecks.Applied(r, context.Link.SetServerName(name));
        }
    }
}
