namespace EspAtNano.Engine
{
    /// <summary>What the platform's MQTT and TLS stacks can do (docs/deviations.md#platform-differences); the engine refuses the rest.</summary>
    public sealed class PlatformCapabilities
    {
        public bool WebSocket;
        public bool Alpn;
        public bool CustomSni;

        /// <summary>
        /// The longest an ack (PUBACK/PUBCOMP, SUBACK, UNSUBACK) can be waited for when the MQTT
        /// library gives up before the command's timeout_ms; 0 when the whole range holds. AT+GMR
        /// names a limit, so a host can ask.
        /// </summary>
        public int AckWaitLimitMs;

        public PlatformCapabilities(bool webSocket, bool alpn, bool customSni)
        {
            WebSocket = webSocket;
            Alpn = alpn;
            CustomSni = customSni;
        }
    }
}
