namespace EspAtNano.Engine
{
    /// <summary>AT+MQTTCLEAN=0: close the link, forget configuration and topics, state 0; no +MQTTDISCONNECTED.</summary>
    public sealed class MqttCleanCommand : AtCommand, IBackgroundJob
    {
        private readonly MqttLink _link;

        public MqttCleanCommand(MqttLink link) : base("+MQTTCLEAN")
        {
            _link = link;
        }

        public override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            if (!MqttChecks.Begin(r, p, 1, 1))
            {
                return;
            }
            if (_link.State == LinkState.NotInitialised)
            {
                r.MqttError(MqttError.UninitiatedOrAlreadyClean);
                return;
            }
            context.RunInBackground(this);
        }

        public void Run(Response response)
        {
            _link.Clean();
            response.Ok();
        }
    }
}
