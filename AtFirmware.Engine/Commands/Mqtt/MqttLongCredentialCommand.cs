using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Mqtt
{
    /// <summary>
    /// AT+MQTTLONGCLIENTID / LONGUSERNAME / LONGPASSWORD=0,length (firmware ≥3.0): the value
    /// comes as exactly <c>length</c> raw bytes after the prompt, so it may hold any byte.
    /// </summary>
    internal sealed class MqttLongCredentialCommand : AtCommand, IRawDataConsumer
    {
        internal const int MaxLength = 1024;

        private readonly CredentialField _field;

        internal MqttLongCredentialCommand(CredentialField field) : base("+MQTTLONG" + field.Name, CommandForms.Set)
        {
            _field = field;
        }

        bool IRawDataConsumer.IsSecret { get { return _field.IsSecret; } }

        internal override void Set(CommandContext context, ParameterList p)
        {
            int length;
            if (!CredentialField.CheckPreamble(context.Response, p, context.Link)
                || !ArgumentReader.MqttInt(context.Response, p, 1, 1, MaxLength, _field.ReadFailed, _field.ValueWrong, out length))
            {
                return;
            }
            context.ReadRawData(length, this);
        }

        void IRawDataConsumer.OnRawData(CommandContext context, byte[] block)
        {
            MqttChecks.Applied(context.Response, context.Link.SetCredential(_field.Field, block));
        }
    }
}
