namespace EspAtNano.Engine
{
    /// <summary>
    /// How a platform sets the engine up; the defaults are ESP-AT's. The limits' ranges and
    /// defaults are EngineLimits'; AtEngine refuses options that Validate finds wrong.
    /// </summary>
    public sealed class EngineOptions
    {
        public PlatformCapabilities Capabilities = new PlatformCapabilities(false, false, false);

        /// <summary>Topics MQTTSUB can hold (firmware: 10).</summary>
        public int TopicCapacity = EngineLimits.TopicCapacity.Default;

        /// <summary>The largest AT+MQTTPUBRAW block the platform can hold in memory.</summary>
        public int MaxRawDataLength = EngineLimits.MaxRawDataLength.Default;

        /// <summary>
        /// Bytes of URCs held while the host cannot take them (a raw-data window, a connect in
        /// progress): past it QoS 1/2 messages wait (the broker is slowed down) and QoS 0 ones are dropped.
        /// </summary>
        public int HeldUrcBytes = EngineLimits.HeldUrcBytes.Default;

        /// <summary>The largest message (topic and payload) taken from the broker; a larger one drops the link.</summary>
        public int MaxInboundMessageLength = EngineLimits.MaxInboundMessageLength.Default;

        /// <summary>Pause between automatic reconnect attempts.</summary>
        public int ReconnectIntervalMs = EngineLimits.ReconnectIntervalMs.Default;

        /// <summary>The ESP-AT version AT+GMR says this module answers like (x.y.z.w).</summary>
        public string AtVersion = "3.4.0.0";

        /// <summary>What built this firmware: AT+GMR's build id in the AT version and compile time lines.</summary>
        public string BuildId = "EspAtNano";

        /// <summary>When, in the C compiler's __DATE__ __TIME__ form ("Mmm dd yyyy hh:mm:ss") that firmware prints.</summary>
        public string BuildTime = "Jan  1 2026 00:00:00";

        public string SdkVersion = "EspAtNano";
        public string BinVersion = "1.0.0";

        /// <summary>AT+GMR's module name, in parentheses after the Bin version.</summary>
        public string ModuleName = "EspAtNano";

        /// <summary>Null when the engine can run with these options, else the first problem found.</summary>
        public string Validate()
        {
            if (Capabilities == null)
            {
                return "Capabilities must be set";
            }
            return EngineLimits.TopicCapacity.Check(TopicCapacity)
                ?? EngineLimits.MaxRawDataLength.Check(MaxRawDataLength)
                ?? EngineLimits.HeldUrcBytes.Check(HeldUrcBytes)
                ?? EngineLimits.MaxInboundMessageLength.Check(MaxInboundMessageLength)
                ?? EngineLimits.ReconnectIntervalMs.Check(ReconnectIntervalMs);
        }
    }
}
