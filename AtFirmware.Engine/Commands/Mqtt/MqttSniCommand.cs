namespace EspAtNano.Engine
{
    /// <summary>AT+MQTTSNI=0,"sni": the TLS server name; "" goes back to the host name.</summary>
    public sealed class MqttSniCommand : AtCommand
    {
        public MqttSniCommand() : base("+MQTTSNI")
        {
        }

        public override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            MqttLink link = context.Link;
            if (!MqttChecks.Begin(r, p, 2, 2))
            {
                return;
            }
            if (link.State != LinkState.UserConfigSet)
            {
                r.MqttError(MqttError.NotInConfiguredState);
                return;
            }
            byte[] name;
            if (!ArgumentReader.String(r, p, 1, InputFramer.MaxLineLength, out name))
            {
                return;
            }
            if (name.Length > 0 && !context.Options.Capabilities.CustomSni)
            {
                r.ErrorPlain();
                return;
            }
            lock (link.SyncRoot)
            {
                link.Config.ServerName = name;
            }
            r.Ok();
        }
    }
}
