using EspAtNano.Engine.Output;

namespace EspAtNano.Engine.Commands.Mqtt
{
    /// <summary>The seed's MQTT AT error table (AT_MQTT_*), printed as ErrorCode.Mqtt(code).</summary>
    internal static class MqttError
    {
        internal const int NoConfigured = 0x6001;
        internal const int NotInConfiguredState = 0x6002;
        internal const int UninitiatedOrAlreadyClean = 0x6003;
        internal const int AlreadyConnected = 0x6004;
        internal const int MallocFailed = 0x6005;
        internal const int NullLink = 0x6006;
        internal const int NullParameter = 0x6007;
        internal const int ParameterCountsIsWrong = 0x6008;
        internal const int TlsConfigError = 0x6009;
        internal const int ParamPrepareError = 0x600A;
        internal const int ClientStartFailed = 0x600B;
        internal const int ClientPublishFailed = 0x600C;
        internal const int ClientSubscribeFailed = 0x600D;
        internal const int ClientUnsubscribeFailed = 0x600E;
        internal const int ClientDisconnectFailed = 0x600F;
        internal const int LinkIdReadFailed = 0x6010;
        internal const int LinkIdValueIsWrong = 0x6011;
        internal const int SchemeReadFailed = 0x6012;
        internal const int SchemeValueIsWrong = 0x6013;
        internal const int ClientIdReadFailed = 0x6014;
        internal const int ClientIdIsNull = 0x6015;
        internal const int ClientIdIsOverlength = 0x6016;
        internal const int UsernameReadFailed = 0x6017;
        internal const int UsernameIsNull = 0x6018;
        internal const int UsernameIsOverlength = 0x6019;
        internal const int PasswordReadFailed = 0x601A;
        internal const int PasswordIsNull = 0x601B;
        internal const int PasswordIsOverlength = 0x601C;
        internal const int CertKeyIdReadFailed = 0x601D;
        internal const int CertKeyIdValueIsWrong = 0x601E;
        internal const int CaIdReadFailed = 0x601F;
        internal const int CaIdValueIsWrong = 0x6020;
        internal const int CaLengthError = 0x6021;
        internal const int CaReadFailed = 0x6022;
        internal const int CertLengthError = 0x6023;
        internal const int CertReadFailed = 0x6024;
        internal const int KeyLengthError = 0x6025;
        internal const int KeyReadFailed = 0x6026;
        internal const int PathReadFailed = 0x6027;
        internal const int PathIsNull = 0x6028;
        internal const int PathIsOverlength = 0x6029;
        internal const int VersionReadFailed = 0x602A;
        internal const int KeepaliveReadFailed = 0x602B;
        internal const int KeepaliveIsNull = 0x602C;
        internal const int KeepaliveValueIsWrong = 0x602D;
        internal const int DisableCleanSessionReadFailed = 0x602E;
        internal const int DisableCleanSessionValueIsWrong = 0x602F;
        internal const int LwtTopicReadFailed = 0x6030;
        internal const int LwtTopicIsNull = 0x6031;
        internal const int LwtTopicIsOverlength = 0x6032;
        internal const int LwtMsgReadFailed = 0x6033;
        internal const int LwtMsgIsNull = 0x6034;
        internal const int LwtMsgIsOverlength = 0x6035;
        internal const int LwtQosReadFailed = 0x6036;
        internal const int LwtQosValueIsWrong = 0x6037;
        internal const int LwtRetainReadFailed = 0x6038;
        internal const int LwtRetainValueIsWrong = 0x6039;
        internal const int HostReadFailed = 0x603A;
        internal const int HostIsNull = 0x603B;
        internal const int HostIsOverlength = 0x603C;
        internal const int PortReadFailed = 0x603D;
        internal const int PortValueIsWrong = 0x603E;
        internal const int ReconnectReadFailed = 0x603F;
        internal const int ReconnectValueIsWrong = 0x6040;
        internal const int TopicReadFailed = 0x6041;
        internal const int TopicIsNull = 0x6042;
        internal const int TopicIsOverlength = 0x6043;
        internal const int DataReadFailed = 0x6044;
        internal const int DataIsNull = 0x6045;
        internal const int DataIsOverlength = 0x6046;
        internal const int QosReadFailed = 0x6047;
        internal const int QosValueIsWrong = 0x6048;
        internal const int RetainReadFailed = 0x6049;
        internal const int RetainValueIsWrong = 0x604A;
        internal const int PublishLengthReadFailed = 0x604B;
        internal const int PublishLengthValueIsWrong = 0x604C;
        internal const int RecvLengthIsWrong = 0x604D;
        internal const int CreateSemaFailed = 0x604E;
        internal const int CreateEventGroupFailed = 0x604F;
        internal const int UriParseFailed = 0x6050;
        internal const int InDisconnectedState = 0x6051;
        internal const int HostnameVerifyFailed = 0x6052;
        /// <summary>Not in the seed's table: firmware 3.x prints it when MQTTCONN's timeout elapses.</summary>
        internal const int ConnectTimeout = 0x6057;
    }
}
