using EspAtNano.Engine.Link;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Mqtt
{
    /// <summary>AT+MQTTUNSUB=0,"topic"[,timeout_ms]: OK after UNSUBACK; a topic not in the table is not sent.</summary>
    internal sealed class MqttUnsubCommand : AtCommand, IBackgroundJob
    {
        private static readonly byte[] NotSubscribed = AsciiText.GetBytes("NO UNSUBSCRIBE\r\n");

        private MqttLink _link;
        private byte[] _topic;
        private int _timeoutMs;

        internal MqttUnsubCommand() : base("+MQTTUNSUB", CommandForms.Set)
        {
        }

        internal override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            MqttLink link = context.Link;
            if (!MqttChecks.Begin(r, p, 2, 3) || !MqttChecks.Accepted(r, link, LinkCommand.Traffic)
                || !MqttChecks.TopicFilter(r, p, 1, out _topic) || !MqttChecks.Timeout(r, p, 2, out _timeoutMs))
            {
                return;
            }
            if (!link.IsSubscribed(_topic))
            {
                r.Buffer.Append(NotSubscribed);
                r.Ok();
                return;
            }
            _link = link;
            context.RunInBackground(this);
        }

        void IBackgroundJob.Run(Response response)
        {
            if (_link.Unsubscribe(_topic, _timeoutMs).Succeeded)
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
