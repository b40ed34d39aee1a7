namespace EspAtNano.Engine
{
    /// <summary>AT+MQTTSUB=0,"topic",qos[,timeout_ms] and AT+MQTTSUB?.</summary>
    public sealed class MqttSubCommand : AtCommand, IBackgroundJob
    {
        private static readonly byte[] QueryPrefix = AsciiText.GetBytes("+MQTTSUB:0,");
        private static readonly byte[] AlreadySubscribed = AsciiText.GetBytes("ALREADY SUBSCRIBE\r\n");

        private readonly MqttLink _link;
        private byte[] _topic;
        private int _qos;
        private int _timeoutMs;

        public MqttSubCommand(MqttLink link) : base("+MQTTSUB")
        {
            _link = link;
        }

        public override void Query(CommandContext context)
        {
            ByteBuffer b = context.Response.Buffer;
            lock (_link.SyncRoot)
            {
                int state = _link.State;
                if (state <= LinkState.ConnectionConfigSet)
                {
                    b.Append(QueryPrefix).AppendDecimal(state).Append(",\"\",0").Append(ResultCodes.NewLine);
                }
                else
                {
                    SubscriptionTable topics = _link.Topics;
                    for (int i = 0; i < topics.Count; i++)
                    {
                        b.Append(QueryPrefix).AppendDecimal(state).Append(",\"").Append(topics.TopicAt(i)).Append("\",")
                            .AppendDecimal(topics.QosAt(i)).Append(ResultCodes.NewLine);
                    }
                }
            }
            context.Response.Ok();
        }

        public override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            if (!MqttChecks.Begin(r, p, 3, 4) || !MqttChecks.RequireConnected(r, _link)
                || !MqttChecks.TopicFilter(r, p, 1, out _topic) || !MqttChecks.Qos(r, p, 2, out _qos)
                || !MqttChecks.Timeout(r, p, 3, out _timeoutMs))
            {
                return;
            }
            lock (_link.SyncRoot)
            {
                if (_link.Topics.IndexOf(_topic) >= 0)
                {
                    r.Buffer.Append(AlreadySubscribed);
                    r.Ok();
                    return;
                }
                if (_link.Topics.IsFull)
                {
                    // Deviation (SPEC §3): firmware says OK and silently drops topics past the 10th.
                    r.MqttError(MqttError.ClientSubscribeFailed);
                    return;
                }
            }
            context.RunInBackground(this);
        }

        public void Run(Response response)
        {
            if (_link.Subscribe(_topic, _qos, _timeoutMs))
            {
                response.Ok();
            }
            else
            {
                response.MqttError(MqttError.ClientSubscribeFailed);
            }
        }
    }
}
