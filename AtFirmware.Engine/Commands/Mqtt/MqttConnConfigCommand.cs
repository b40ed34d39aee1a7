using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Link;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Mqtt
{
    /// <summary>AT+MQTTCONNCFG=0,keepalive,disable_clean_session,"lwt_topic","lwt_msg",lwt_qos,lwt_retain</summary>
    internal sealed class MqttConnConfigCommand : AtCommand
    {
        internal const int MaxKeepAliveSeconds = 7200;
        internal const int MaxWillLength = 128;

        internal MqttConnConfigCommand() : base("+MQTTCONNCFG", CommandForms.Set)
        {
        }

        internal override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            if (!MqttChecks.Begin(r, p, 7, 7) || !MqttChecks.Accepted(r, context.Link, LinkCommand.ConnectionConfig))
            {
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
            MqttChecks.Applied(r, context.Link.SetConnectionConfig(keepAlive, disableClean == 1, willTopic, willMessage, willQos,
                willRetain == 1));
        }
    }
}
