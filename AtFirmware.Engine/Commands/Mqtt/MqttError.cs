using EspAtNano.Engine.Output;

namespace EspAtNano.Engine.Commands.Mqtt
{
    /// <summary>The seed's MQTT AT error table (AT_MQTT_*), printed as ErrorCode.Mqtt(code).</summary>
    internal static class MqttError
    {
        public const int NoConfigured = 0x6001;
        public const int NotInConfiguredState = 0x6002;
        public const int UninitiatedOrAlreadyClean = 0x6003;
        public const int AlreadyConnected = 0x6004;
        public const int MallocFailed = 0x6005;
        public const int NullLink = 0x6006;
        public const int NullParameter = 0x6007;
        public const int ParameterCountsIsWrong = 0x6008;
        public const int TlsConfigError = 0x6009;
        public const int ParamPrepareError = 0x600A;
        public const int ClientStartFailed = 0x600B;
        public const int ClientPublishFailed = 0x600C;
        public const int ClientSubscribeFailed = 0x600D;
        public const int ClientUnsubscribeFailed = 0x600E;
        public const int ClientDisconnectFailed = 0x600F;
        public const int LinkIdReadFailed = 0x6010;
        public const int LinkIdValueIsWrong = 0x6011;
        public const int SchemeReadFailed = 0x6012;
        public const int SchemeValueIsWrong = 0x6013;
        public const int ClientIdReadFailed = 0x6014;
        public const int ClientIdIsNull = 0x6015;
        public const int ClientIdIsOverlength = 0x6016;
        public const int UsernameReadFailed = 0x6017;
        public const int UsernameIsNull = 0x6018;
        public const int UsernameIsOverlength = 0x6019;
        public const int PasswordReadFailed = 0x601A;
        public const int PasswordIsNull = 0x601B;
        public const int PasswordIsOverlength = 0x601C;
        public const int CertKeyIdReadFailed = 0x601D;
        public const int CertKeyIdValueIsWrong = 0x601E;
        public const int CaIdReadFailed = 0x601F;
        public const int CaIdValueIsWrong = 0x6020;
        public const int CaLengthError = 0x6021;
        public const int CaReadFailed = 0x6022;
        public const int CertLengthError = 0x6023;
        public const int CertReadFailed = 0x6024;
        public const int KeyLengthError = 0x6025;
        public const int KeyReadFailed = 0x6026;
        public const int PathReadFailed = 0x6027;
        public const int PathIsNull = 0x6028;
        public const int PathIsOverlength = 0x6029;
        public const int VersionReadFailed = 0x602A;
        public const int KeepaliveReadFailed = 0x602B;
        public const int KeepaliveIsNull = 0x602C;
        public const int KeepaliveValueIsWrong = 0x602D;
        public const int DisableCleanSessionReadFailed = 0x602E;
        public const int DisableCleanSessionValueIsWrong = 0x602F;
        public const int LwtTopicReadFailed = 0x6030;
        public const int LwtTopicIsNull = 0x6031;
        public const int LwtTopicIsOverlength = 0x6032;
        public const int LwtMsgReadFailed = 0x6033;
        public const int LwtMsgIsNull = 0x6034;
        public const int LwtMsgIsOverlength = 0x6035;
        public const int LwtQosReadFailed = 0x6036;
        public const int LwtQosValueIsWrong = 0x6037;
        public const int LwtRetainReadFailed = 0x6038;
        public const int LwtRetainValueIsWrong = 0x6039;
        public const int HostReadFailed = 0x603A;
        public const int HostIsNull = 0x603B;
        public const int HostIsOverlength = 0x603C;
        public const int PortReadFailed = 0x603D;
        public const int PortValueIsWrong = 0x603E;
        public const int ReconnectReadFailed = 0x603F;
        public const int ReconnectValueIsWrong = 0x6040;
        public const int TopicReadFailed = 0x6041;
        public const int TopicIsNull = 0x6042;
        public const int TopicIsOverlength = 0x6043;
        public const int DataReadFailed = 0x6044;
        public const int DataIsNull = 0x6045;
        public const int DataIsOverlength = 0x6046;
        public const int QosReadFailed = 0x6047;
        public const int QosValueIsWrong = 0x6048;
        public const int RetainReadFailed = 0x6049;
        public const int RetainValueIsWrong = 0x604A;
        public const int PublishLengthReadFailed = 0x604B;
        public const int PublishLengthValueIsWrong = 0x604C;
        public const int RecvLengthIsWrong = 0x604D;
        public const int CreateSemaFailed = 0x604E;
        public const int CreateEventGroupFailed = 0x604F;
        public const int UriParseFailed = 0x6050;
        public const int InDisconnectedState = 0x6051;
        public const int HostnameVerifyFailed = 0x6052;
        /// <summary>Not in the seed's table: firmware 3.x prints it when MQTTCONN's timeout elapses.</summary>
        public const int ConnectTimeout = 0x6057;
    }
}
