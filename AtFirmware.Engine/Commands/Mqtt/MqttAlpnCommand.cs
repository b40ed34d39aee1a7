using EspAtNano.Engine.Link;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Mqtt
{
    /// <summary>AT+MQTTALPN=0,count[,"alpn"...]: the protocols offered in the TLS ClientHello.</summary>
    internal sealed class MqttAlpnCommand : AtCommand
    {
        internal const int MaxCount = 5;

        internal MqttAlpnCommand() : base("+MQTTALPN", CommandForms.Set)
        {
        }

        internal override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            if (!ArgumentReader.LinkId(r, p) || !MqttChecks.Accepted(r, context.Link, LinkCommand.ConfigDetail))
            {
                return;
            }
            // The seed has no codes for ALPN's own parameters: firmware answers plain ERROR.
            int count;
            if (p.ReadInt(1, out count) != ParseStatus.Ok || count < 0 || count > MaxCount || p.Count != count + 2
                || (count > 0 && !context.Options.Capabilities.Alpn))
            {
                r.ErrorPlain();
                return;
            }
            byte[][] protocols = new byte[count][];
            for (int i = 0; i < count; i++)
            {
                if (p.ReadString(i + 2, out protocols[i]) != ParseStatus.Ok || protocols[i].Length == 0)
                {
                    r.ErrorPlain();
                    return;
                }
            }
            MqttChecks.Applied(r, context.Link.SetAlpn(protocols));
        }
    }
}
