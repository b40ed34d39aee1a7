namespace EspAtNano.Engine
{
    /// <summary>What the platform's MQTT and TLS stacks can do (docs/deviations.md#platform-differences); the engine refuses the rest.</summary>
    public sealed class PlatformCapabilities
    {
        public bool WebSocket;
        public bool Alpn;
        public bool CustomSni;

        public PlatformCapabilities(bool webSocket, bool alpn, bool customSni)
        {
            WebSocket = webSocket;
            Alpn = alpn;
            CustomSni = customSni;
        }
    }
}
