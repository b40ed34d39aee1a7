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

        /// <summary>Pause between automatic reconnect attempts.</summary>
        public int ReconnectIntervalMs = 5000;

        /// <summary>AT+GMR lines naming this build and platform.</summary>
        public string AtVersion = "3.4.0.0(EspAtNano)";
        public string SdkVersion = "EspAtNano";
        public string BinVersion = "1.0.0";
    }
}
