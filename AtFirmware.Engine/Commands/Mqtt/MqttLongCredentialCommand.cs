namespace EspAtNano.Engine
{
    /// <summary>
    /// AT+MQTTLONGCLIENTID / LONGUSERNAME / LONGPASSWORD=0,length (firmware ≥3.0): the value
    /// comes as exactly <c>length</c> raw bytes after the prompt, so it may hold any byte.
    /// </summary>
    public sealed class MqttLongCredentialCommand : AtCommand, IRawDataConsumer
    {
        public const int MaxLength = 1024;

        private readonly CredentialField _field;

        public MqttLongCredentialCommand(CredentialField field) : base("+MQTTLONG" + field.Name)
        {
            _field = field;
        }

        public override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            int length;
            if (!CredentialField.CheckPreamble(r, p, context.Link)
                || !ArgumentReader.MqttInt(r, p, 1, 1, MaxLength, _field.ReadFailed, _field.ValueWrong, out length))
            {
                return;
            }
            context.ReadRawData(length, this);
        }

        public void OnRawData(CommandContext context, byte[] block)
        {
            lock (context.Link.SyncRoot)
            {
                _field.Store(context.Link.Config, block);
            }
            context.Response.Ok();
        }
    }
}
