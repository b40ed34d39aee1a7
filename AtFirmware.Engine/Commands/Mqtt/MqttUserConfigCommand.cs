using EspAtNano.Engine.Link;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Mqtt
{
    /// <summary>AT+MQTTUSERCFG=0,scheme,"client_id","username","password",cert_key_ID,CA_ID,"path"</summary>
    internal sealed class MqttUserConfigCommand : AtCommand
    {
        private const int PasswordIndex = 4;

        internal MqttUserConfigCommand() : base("+MQTTUSERCFG", CommandForms.Set)
        {
        }

        internal override bool IsSecretParameter(int index)
        {
            return index == PasswordIndex;
        }

        internal override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            if (!MqttChecks.Begin(r, p, 8, 8) || !MqttChecks.Accepted(r, context.Link, LinkCommand.UserConfig))
            {
                return;
            }
            int scheme, certKeyId, caId;
            byte[] clientId, username, password, path;
            if (!ArgumentReader.MqttInt(r, p, 1, SchemeKind.Min, SchemeKind.Max, MqttError.SchemeReadFailed,
                MqttError.SchemeValueIsWrong, out scheme))
            {
                return;
            }
            if (SchemeKind.IsWebSocket(scheme) && !context.Options.Capabilities.WebSocket)
            {
                r.MqttError(MqttError.SchemeValueIsWrong);
                return;
            }
            if (!ArgumentReader.MqttString(r, p, 2, 256, MqttError.ClientIdReadFailed, MqttError.ClientIdIsOverlength, out clientId)
                || !ArgumentReader.MqttString(r, p, 3, 64, MqttError.UsernameReadFailed, MqttError.UsernameIsOverlength, out username)
                || !ArgumentReader.MqttString(r, p, PasswordIndex, 64, MqttError.PasswordReadFailed, MqttError.PasswordIsOverlength, out password)
                || !ArgumentReader.MqttInt(r, p, 5, 0, 1, MqttError.CertKeyIdReadFailed, MqttError.CertKeyIdValueIsWrong, out certKeyId)
                || !ArgumentReader.MqttInt(r, p, 6, 0, 1, MqttError.CaIdReadFailed, MqttError.CaIdValueIsWrong, out caId)
                || !ArgumentReader.MqttString(r, p, 7, 32, MqttError.PathReadFailed, MqttError.PathIsOverlength, out path))
            {
                return;
            }
            MqttChecks.Applied(r, context.Link.SetUserConfig(scheme, clientId, username, password, certKeyId, caId, path));
        }
    }
}
