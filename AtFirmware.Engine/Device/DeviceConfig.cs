namespace EspAtNano.Engine.Device
{
    /// <summary>
    /// The device part of nf-device-config.json (the "flashing" and "certificates" sections are
    /// for flash.ps1 only). Every field starts at its documented default, so a missing or broken
    /// file still gives a module that boots. Defaults and ranges here must match
    /// nf-device-config.schema.json; the engine's limits take theirs from EngineLimits.
    /// </summary>
    internal sealed class DeviceConfig
    {
        public const string FlowControlNone = "none";
        public const string FlowControlRtsCts = "rtscts";
        public const string Tls12 = "1.2";
        public const string Tls13 = "1.3";

        // Ranges, as in the schema.
        public const int MinPin = 0;
        public const int MaxPin = 48;
        public const int MinBaudRate = 300;
        public const int MaxBaudRate = 5000000;
        public const int MinBufferSize = 256;
        public const int MaxBufferSize = 65536;

        // UART1 as ESP-AT wires it on the ESP32: TX 17, RX 16, CTS 15, RTS 14.
        public string UartPort = "COM2";
        public int TxPin = 17;
        public int RxPin = 16;
        public int CtsPin = 15;
        public int RtsPin = 14;
        public int BaudRate = 115200;
        public string FlowControl = FlowControlNone;

        /// <summary>The native receive ring buffer; it drops what does not fit, so it must cover the reader's pauses.</summary>
        public int BufferSize = 4096;

        public int MaxPubRawLengthBytes = EngineLimits.MaxRawDataLength.Default;
        public int TopicCapacity = EngineLimits.TopicCapacity.Default;
        public int HeldUrcBytes = EngineLimits.HeldUrcBytes.Default;
        public int MaxInboundMessageLength = EngineLimits.MaxInboundMessageLength.Default;
        public int ReconnectIntervalMs = EngineLimits.ReconnectIntervalMs.Default;
        public string TlsVersion = Tls12;

        public bool UsesRtsCts
        {
            get { return FlowControl == FlowControlRtsCts; }
        }
    }
}
