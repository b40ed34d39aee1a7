using EspAtNano.Engine.Link;
using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Mqtt
{
    /// <summary>
    /// AT+MQTTPUBRAW=0,"topic",length,qos,retain[,timeout_ms]: prompt, exactly <c>length</c>
    /// raw bytes, then +MQTTPUB:OK or +MQTTPUB:FAIL and no OK/ERROR after it.
    /// </summary>
    internal sealed class MqttPubRawCommand : AtCommand, IRawDataConsumer
    {
        private readonly PendingPublish _pending = new PendingPublish(true);

        internal MqttPubRawCommand() : base("+MQTTPUBRAW", CommandForms.Set)
        {
        }

        bool IRawDataConsumer.IsSecret { get { return false; } }

        internal override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            int length;
            if (!MqttChecks.Begin(r, p, 5, 6) || !MqttChecks.Accepted(r, context.Link, LinkCommand.Traffic)
                || !MqttChecks.PublishTopic(r, p, 1, out _pending.Topic)
                || !ArgumentReader.MqttInt(r, p, 2, 1, int.MaxValue, MqttError.PublishLengthReadFailed,
                    MqttError.PublishLengthValueIsWrong, out length))
            {
                return;
            }
            if (length > context.Options.MaxRawDataLength)
            {
                r.MqttError(MqttError.MallocFailed);
                return;
            }
            if (!_pending.ReadDelivery(r, p, 3, context.Link))
            {
                return;
            }
            context.ReadRawData(length, this);
        }

        void IRawDataConsumer.OnRawData(CommandContext context, byte[] block)
        {
            _pending.Payload = block;
            context.RunInBackground(_pending);
        }
    }
}
