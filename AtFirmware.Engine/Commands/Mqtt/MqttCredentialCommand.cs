using EspAtNano.Engine.Framing;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Mqtt
{
    /// <summary>AT+MQTTCLIENTID / MQTTUSERNAME / MQTTPASSWORD=0,"value": only the line limits the length.</summary>
    internal sealed class MqttCredentialCommand : AtCommand
    {
        private readonly CredentialField _field;

        internal MqttCredentialCommand(CredentialField field) : base("+MQTT" + field.Name, CommandForms.Set)
        {
            _field = field;
        }

        internal override bool IsSecretParameter(int index)
        {
            return index == 1 && _field.IsSecret;
        }

        internal override void Set(CommandContext context, ParameterList p)
        {
            byte[] value;
            if (!CredentialField.CheckPreamble(context.Response, p, context.Link)
                || !ArgumentReader.MqttString(context.Response, p, 1, InputFramer.MaxLineLength, _field.ReadFailed, _field.ValueWrong, out value))
            {
                return;
            }
            MqttChecks.Applied(context.Response, context.Link.SetCredential(_field.Field, value));
        }
    }
}
