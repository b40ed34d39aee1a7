using EspAtNano.Engine.Link;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Mqtt
{
    /// <summary>AT+MQTTCLEAN=0: close the link, forget configuration and topics, state 0; no +MQTTDISCONNECTED.</summary>
    internal sealed class MqttCleanCommand : AtCommand, IBackgroundJob
    {
        private MqttLink _link;

        internal MqttCleanCommand() : base("+MQTTCLEAN", CommandForms.Set)
        {
        }

        internal override void Set(CommandContext context, ParameterList p)
        {
            if (MqttChecks.Begin(context.Response, p, 1, 1) && MqttChecks.Accepted(context.Response, context.Link, LinkCommand.Clean))
            {
                _link = context.Link;
                context.RunInBackground(this);
            }
        }

        void IBackgroundJob.Run(Response response)
        {
            _link.Clean();
            response.Ok();
        }
    }
}
