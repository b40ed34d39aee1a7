namespace EspAtNano.Engine
{
    /// <summary>
    /// Client ID, username or password: the field that MQTTCLIENTID/USERNAME/PASSWORD and their
    /// LONG forms replace, with its error codes.
    /// </summary>
    public sealed class CredentialField
    {
        public static readonly CredentialField ClientId =
            new CredentialField("CLIENTID", MqttError.ClientIdReadFailed, MqttError.ClientIdIsOverlength);
        public static readonly CredentialField Username =
            new CredentialField("USERNAME", MqttError.UsernameReadFailed, MqttError.UsernameIsOverlength);
        public static readonly CredentialField Password =
            new CredentialField("PASSWORD", MqttError.PasswordReadFailed, MqttError.PasswordIsOverlength);

        public readonly string Name;
        public readonly int ReadFailed;
        public readonly int ValueWrong;

        private CredentialField(string name, int readFailed, int valueWrong)
        {
            Name = name;
            ReadFailed = readFailed;
            ValueWrong = valueWrong;
        }

        public void Store(LinkConfig config, byte[] value)
        {
            if (this == ClientId)
            {
                config.ClientId = value;
            }
            else if (this == Username)
            {
                config.Username = value;
            }
            else
            {
                config.Password = value;
            }
        }

        /// <summary>Count 2, LinkID, and state 1 only (SPEC §2).</summary>
        public static bool CheckPreamble(Response r, ParameterList p, MqttLink link)
        {
            if (!MqttChecks.Begin(r, p, 2, 2))
            {
                return false;
            }
            if (link.State != LinkState.UserConfigSet)
            {
                r.MqttError(MqttError.NotInConfiguredState);
                return false;
            }
            return true;
        }
    }
}
