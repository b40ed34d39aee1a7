namespace EspAtNano.Engine
{
    /// <summary>
    /// Every limit in EngineOptions, each defined here once. The ranges hold on every platform;
    /// the defaults are the ESP32's (ESP-AT's where it has one).
    /// </summary>
    public static class EngineLimits
    {
        /// <summary>ESP-AT holds 10 topics; every received message is matched against each of them.</summary>
        public static readonly EngineLimit TopicCapacity = new EngineLimit("TopicCapacity", 1, 64, 10);

        /// <summary>The block is held in RAM whole: 8 KiB fits an ESP32 without PSRAM, 1 MiB is plenty for a PC.</summary>
        public static readonly EngineLimit MaxRawDataLength = new EngineLimit("MaxRawDataLength", 1, 1048576, 8192);

        /// <summary>Below 1 KiB a single ordinary URC would already exceed the hold.</summary>
        public static readonly EngineLimit HeldUrcBytes = new EngineLimit("HeldUrcBytes", 1024, 16777216, 16384);

        /// <summary>Below 128 bytes a topic and a short payload would not fit.</summary>
        public static readonly EngineLimit MaxInboundMessageLength = new EngineLimit("MaxInboundMessageLength", 128, 16777216, 16384);

        /// <summary>Under 100 ms a broker that refuses every attempt would be hammered; an hour is the longest useful pause.</summary>
        public static readonly EngineLimit ReconnectIntervalMs = new EngineLimit("ReconnectIntervalMs", 100, 3600000, 5000);

        /// <summary>All of the above, in EngineOptions' order.</summary>
        public static readonly EngineLimit[] All =
        {
            TopicCapacity, MaxRawDataLength, HeldUrcBytes, MaxInboundMessageLength, ReconnectIntervalMs
        };
    }
}
