namespace EspAtNano.Engine
{
    /// <summary>AT+MQTTCONNCFG=0,keepalive,disable_clean_session,"lwt_topic","lwt_msg",lwt_qos,lwt_retain</summary>
    public sealed class MqttConnConfigCommand : AtCommand
    {
        public const int MaxKeepAliveSeconds = 7200;
        public const int MaxWillLength = 128;

        public MqttConnConfigCommand() : base("+MQTTCONNCFG")
        {
        }

        public override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            MqttLink link = context.Link;
            if (!MqttChecks.Begin(r, p, 7, 7))
            {
                return;
            }
            int state = link.State;
            if (state == LinkState.NotInitialised)
            {
                r.MqttError(MqttError.NoConfigured);
                return;
            }
            if (state > LinkState.ConnectionConfigSet)
            {
                r.MqttError(MqttError.NotInConfiguredState);
                return;
            }
            int keepAlive, disableClean, willQos, willRetain;
            byte[] willTopic, willMessage;
            if (!ArgumentReader.MqttInt(r, p, 1, 0, MaxKeepAliveSeconds, MqttError.KeepaliveReadFailed, MqttError.KeepaliveValueIsWrong, out keepAlive)
                || !ArgumentReader.MqttInt(r, p, 2, 0, 1, MqttError.DisableCleanSessionReadFailed, MqttError.DisableCleanSessionValueIsWrong, out disableClean)
                || !ArgumentReader.MqttString(r, p, 3, MaxWillLength, MqttError.LwtTopicReadFailed, MqttError.LwtTopicIsOverlength, out willTopic)
                || !ArgumentReader.MqttString(r, p, 4, MaxWillLength, MqttError.LwtMsgReadFailed, MqttError.LwtMsgIsOverlength, out willMessage)
                || !ArgumentReader.MqttInt(r, p, 5, 0, 2, MqttError.LwtQosReadFailed, MqttError.LwtQosValueIsWrong, out willQos)
                || !ArgumentReader.MqttInt(r, p, 6, 0, 1, MqttError.LwtRetainReadFailed, MqttError.LwtRetainValueIsWrong, out willRetain))
            {
                return;
            }
            lock (link.SyncRoot)
            {
                LinkConfig c = link.Config;
                c.KeepAliveSeconds = keepAlive == 0 ? LinkConfig.DefaultKeepAliveSeconds : keepAlive;
                c.DisableCleanSession = disableClean == 1;
                c.WillTopic = willTopic;
                c.WillMessage = willMessage;
                c.WillQos = willQos;
                c.WillRetain = willRetain == 1;
                link.SetState(LinkState.ConnectionConfigSet);
            }
            r.Ok();
        }
    }
}
