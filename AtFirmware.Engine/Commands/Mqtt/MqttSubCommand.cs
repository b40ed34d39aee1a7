using EspAtNano.Engine.Link;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Mqtt
{
    /// <summary>AT+MQTTSUB=0,"topic",qos[,timeout_ms] and AT+MQTTSUB?.</summary>
    internal sealed class MqttSubCommand : AtCommand, IBackgroundJob
    {
        private static readonly byte[] AlreadySubscribed = AsciiText.GetBytes("ALREADY SUBSCRIBE\r\n");

        private MqttLink _link;
        private byte[] _topic;
        private int _qos;
        private int _timeoutMs;

        internal MqttSubCommand() : base("+MQTTSUB", CommandForms.Query | CommandForms.Set)
        {
        }

        internal override void Query(CommandContext context)
        {
            context.Link.AppendSubQuery(context.Response.Buffer);
            context.Response.Ok();
        }

        internal override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            MqttLink link = context.Link;
            if (!MqttChecks.Begin(r, p, 3, 4) || !MqttChecks.Accepted(r, link, LinkCommand.Traffic)
                || !MqttChecks.TopicFilter(r, p, 1, out _topic) || !MqttChecks.Qos(r, p, 2, out _qos)
                || !MqttChecks.Timeout(r, p, 3, out _timeoutMs))
            {
                return;
            }
            SubscriptionCheck check = link.CheckSubscription(_topic);
            if (check == SubscriptionCheck.AlreadySubscribed)
            {
                r.Buffer.Append(AlreadySubscribed);
                r.Ok();
                return;
            }
            if (check == SubscriptionCheck.TableFull)
            {
                r.MqttError(MqttError.ClientSubscribeFailed);
                return;
            }
            _link = link;
            context.RunInBackground(this);
        }

        void IBackgroundJob.Run(Response response)
        {
            if (_link.Subscribe(_topic, _qos, _timeoutMs).Succeeded)
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
