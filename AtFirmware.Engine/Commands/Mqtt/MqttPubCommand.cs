using EspAtNano.Engine.Link;
using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Framing;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Mqtt
{
    /// <summary>AT+MQTTPUB=0,"topic","data",qos,retain[,timeout_ms]: OK once QoS 0 is sent, after PUBACK/PUBCOMP for 1/2.</summary>
    internal sealed class MqttPubCommand : AtCommand
    {
        private readonly PendingPublish _pending = new PendingPublish(false);

        internal MqttPubCommand() : base("+MQTTPUB", CommandForms.Set)
        {
        }

        internal override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            byte[] data;
            if (!MqttChecks.Begin(r, p, 5, 6) || !MqttChecks.Accepted(r, context.Link, LinkCommand.Traffic)
                || !MqttChecks.PublishTopic(r, p, 1, out _pending.Topic)
                || !ArgumentReader.MqttString(r, p, 2, InputFramer.MaxLineLength, MqttError.DataReadFailed, MqttError.DataIsOverlength, out data))
            {
                return;
            }
            if (data.Length == 0)
            {
                r.MqttError(MqttError.DataIsNull);
                return;
            }
            if (!_pending.ReadDelivery(r, p, 3, context.Link))
            {
                return;
            }
            _pending.Payload = data;
            context.RunInBackground(_pending);
        }
    }
}
