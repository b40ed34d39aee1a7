namespace EspAtNano.Engine
{
    /// <summary>How a platform sets the engine up; the defaults are ESP-AT's.</summary>
    public sealed class EngineOptions
    {
        public PlatformCapabilities Capabilities = new PlatformCapabilities(false, false, false);

        /// <summary>Topics MQTTSUB can hold (firmware: 10).</summary>
        public int TopicCapacity = 10;

        /// <summary>The largest AT+MQTTPUBRAW block the platform can hold in memory.</summary>
        public int MaxRawDataLength = 8192;

        /// <summary>
        /// Bytes of URCs held while the host cannot take them (a raw-data window, a connect in
        /// progress): past it QoS 1/2 messages wait (the broker is slowed down) and QoS 0 ones are dropped.
        /// </summary>
        public int HeldUrcBytes = 16384;

        /// <summary>The largest message (topic and payload) taken from the broker; a larger one drops the link.</summary>
        public int MaxInboundMessageLength = 16384;

        /// <summary>Pause between automatic reconnect attempts.</summary>
        public int ReconnectIntervalMs = 5000;

        /// <summary>AT+GMR lines naming this build and platform.</summary>
        public string AtVersion = "3.4.0.0(EspAtNano)";
        public string SdkVersion = "EspAtNano";
        public string BinVersion = "1.0.0";
    }
}
