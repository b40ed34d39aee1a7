namespace EspAtNano.Engine
{
    /// <summary>AT+MQTTCLIENTID / MQTTUSERNAME / MQTTPASSWORD=0,"value": only the line limits the length.</summary>
    public sealed class MqttCredentialCommand : AtCommand
    {
        private readonly CredentialField _field;

        public MqttCredentialCommand(CredentialField field) : base("+MQTT" + field.Name)
        {
            _field = field;
        }

        public override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            byte[] value;
            if (!CredentialField.CheckPreamble(r, p, context.Link)
                || !ArgumentReader.MqttString(r, p, 1, InputFramer.MaxLineLength, _field.ReadFailed, _field.ValueWrong, out value))
            {
                return;
            }
            lock (context.Link.SyncRoot)
            {
                _field.Store(context.Link.Config, value);
            }
            r.Ok();
        }
    }
}
