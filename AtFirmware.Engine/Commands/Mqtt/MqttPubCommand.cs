namespace EspAtNano.Engine
{
    /// <summary>AT+MQTTPUB=0,"topic","data",qos,retain[,timeout_ms]: OK once QoS 0 is sent, after PUBACK/PUBCOMP for 1/2.</summary>
    public sealed class MqttPubCommand : AtCommand, IBackgroundJob
    {
        private readonly PendingPublish _pending = new PendingPublish();

        public MqttPubCommand() : base("+MQTTPUB")
        {
        }

        public override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            byte[] data;
            if (!MqttChecks.Begin(r, p, 5, 6) || !MqttChecks.RequireConnected(r, context.Link)
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
            context.RunInBackground(this);
        }

        public void Run(Response response)
        {
            if (_pending.Send())
            {
                response.Ok();
            }
            else
            {
                response.MqttError(MqttError.ClientPublishFailed);
            }
        }
    }
}
