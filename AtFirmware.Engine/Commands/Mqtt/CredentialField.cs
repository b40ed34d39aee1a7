using EspAtNano.Engine.Link;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Mqtt
{
    /// <summary>
    /// Client ID, username or password: the field that MQTTCLIENTID/USERNAME/PASSWORD and their
    /// LONG forms replace, with its error codes.
    /// </summary>
    internal sealed class CredentialField
    {
        internal static readonly CredentialField ClientId =
            new CredentialField("CLIENTID", Credential.ClientId, MqttError.ClientIdReadFailed, MqttError.ClientIdIsOverlength);
        internal static readonly CredentialField Username =
            new CredentialField("USERNAME", Credential.Username, MqttError.UsernameReadFailed, MqttError.UsernameIsOverlength);
        internal static readonly CredentialField Password =
            new CredentialField("PASSWORD", Credential.Password, MqttError.PasswordReadFailed, MqttError.PasswordIsOverlength);

        internal readonly string Name;
        internal readonly Credential Field;
        internal readonly int ReadFailed;
        internal readonly int ValueWrong;

        private CredentialField(string name, Credential field, int readFailed, int valueWrong)
        {
            Name = name;
            Field = field;
            ReadFailed = readFailed;
            ValueWrong = valueWrong;
        }

        /// <summary>A password never reaches a log.</summary>
        internal bool IsSecret { get { return Field == Credential.Password; } }

        /// <summary>Count 2, LinkID, and state 1 only (docs/link-states.md).</summary>
        internal static bool CheckPreamble(Response r, ParameterList p, MqttLink link)
        {
            return MqttChecks.Begin(r, p, 2, 2) && MqttChecks.Accepted(r, link, LinkCommand.ConfigDetail);
        }
    }
}
