namespace EspAtNano.Engine.Link
{
    /// <summary>What each AT+MQTTUSERCFG scheme (1–10) asks of the transport (docs/commands/mqtt.md#atmqttusercfg).</summary>
    internal static class SchemeKind
    {
        internal const int Min = 1;
        internal const int Max = 10;

        internal static bool IsWebSocket(int scheme)
        {
            return scheme >= 6;
        }

        internal static bool IsTls(int scheme)
        {
            return scheme != 1 && scheme != 6;
        }

        internal static bool VerifiesServer(int scheme)
        {
            return scheme == 3 || scheme == 5 || scheme == 8 || scheme == 10;
        }

        internal static bool PresentsClientCertificate(int scheme)
        {
            return scheme == 4 || scheme == 5 || scheme == 9 || scheme == 10;
        }
    }
}
