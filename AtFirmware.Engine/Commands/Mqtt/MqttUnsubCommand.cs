namespace EspAtNano.Engine
{
    /// <summary>AT+MQTTUNSUB=0,"topic"[,timeout_ms]: OK after UNSUBACK; a topic not in the table is not sent.</summary>
    public sealed class MqttUnsubCommand : AtCommand, IBackgroundJob
    {
        private static readonly byte[] NotSubscribed = AsciiText.GetBytes("NO UNSUBSCRIBE\r\n");

        private readonly MqttLink _link;
        private byte[] _topic;
        private int _timeoutMs;

        public MqttUnsubCommand(MqttLink link) : base("+MQTTUNSUB")
        {
            _link = link;
        }

        public override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            if (!MqttChecks.Begin(r, p, 2, 3) || !MqttChecks.RequireConnected(r, _link)
                || !MqttChecks.TopicFilter(r, p, 1, out _topic) || !MqttChecks.Timeout(r, p, 2, out _timeoutMs))
            {
                return;
            }
            lock (_link.SyncRoot)
            {
                if (_link.Topics.IndexOf(_topic) < 0)
                {
                    r.Buffer.Append(NotSubscribed);
                    r.Ok();
                    return;
                }
            }
            context.RunInBackground(this);
        }

        public void Run(Response response)
        {
            if (_link.Unsubscribe(_topic, _timeoutMs))
            {
                response.Ok();
            }
            else
            {
                response.MqttError(MqttError.ClientUnsubscribeFailed);
            }
        }
    }
}
