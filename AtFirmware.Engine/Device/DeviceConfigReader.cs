using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Device
{
    /// <summary>
    /// Applies nf-device-config.json's device sections (uart, limits, mqtt) to a DeviceConfig.
    /// Nothing here may stop the boot: a value of the wrong type or out of range keeps its
    /// default and the log says so, naming the field; an unknown field is ignored (flash.ps1
    /// validated the file against the schema; the device checks again because nothing else did
    /// on the device). The engine's limits take their ranges from EngineLimits, so the engine
    /// never refuses what the file set.
    /// </summary>
    internal static class DeviceConfigReader
    {
        private static readonly string[] Ports = { "COM2", "COM3" };
        private static readonly string[] FlowControls = { DeviceConfig.FlowControlNone, DeviceConfig.FlowControlRtsCts };
        private static readonly string[] TlsVersions = { DeviceConfig.Tls12, DeviceConfig.Tls13 };

        /// <summary>A configuration from the parsed file; null (no file, not an object) gives the defaults.</summary>
        public static DeviceConfig Read(IConfigObject root, ILog log)
        {
            DeviceConfig c = new DeviceConfig();
            if (root == null)
            {
                return c;
            }
            IConfigObject uart = Section(root, "uart", log);
            if (uart != null)
            {
                c.UartPort = ReadChoice(uart, "uart", "port", Ports, c.UartPort, log);
                c.TxPin = ReadInt(uart, "uart", "txPin", DeviceConfig.MinPin, DeviceConfig.MaxPin, c.TxPin, log);
                c.RxPin = ReadInt(uart, "uart", "rxPin", DeviceConfig.MinPin, DeviceConfig.MaxPin, c.RxPin, log);
                c.CtsPin = ReadInt(uart, "uart", "ctsPin", DeviceConfig.MinPin, DeviceConfig.MaxPin, c.CtsPin, log);
                c.RtsPin = ReadInt(uart, "uart", "rtsPin", DeviceConfig.MinPin, DeviceConfig.MaxPin, c.RtsPin, log);
                c.BaudRate = ReadInt(uart, "uart", "baudRate", DeviceConfig.MinBaudRate, DeviceConfig.MaxBaudRate, c.BaudRate, log);
                c.FlowControl = ReadChoice(uart, "uart", "flowControl", FlowControls, c.FlowControl, log);
                c.BufferSize = ReadInt(uart, "uart", "bufferSize", DeviceConfig.MinBufferSize, DeviceConfig.MaxBufferSize, c.BufferSize, log);
            }
            IConfigObject limits = Section(root, "limits", log);
            if (limits != null)
            {
                c.MaxPubRawLengthBytes = ReadLimit(limits, "limits", "maxPubRawLength", EngineLimits.MaxRawDataLength, c.MaxPubRawLengthBytes, log);
                c.TopicCapacity = ReadLimit(limits, "limits", "topicCapacity", EngineLimits.TopicCapacity, c.TopicCapacity, log);
                c.HeldUrcBytes = ReadLimit(limits, "limits", "heldUrcBytes", EngineLimits.HeldUrcBytes, c.HeldUrcBytes, log);
                c.MaxInboundMessageLength = ReadLimit(limits, "limits", "maxInboundMessageLength",
                    EngineLimits.MaxInboundMessageLength, c.MaxInboundMessageLength, log);
            }
            IConfigObject mqtt = Section(root, "mqtt", log);
            if (mqtt != null)
            {
                c.ReconnectIntervalMs = ReadLimit(mqtt, "mqtt", "reconnectIntervalMs", EngineLimits.ReconnectIntervalMs, c.ReconnectIntervalMs, log);
                c.TlsVersion = ReadChoice(mqtt, "mqtt", "tlsVersion", TlsVersions, c.TlsVersion, log);
            }
            return c;
        }

        /// <summary>One line with every value in use, for the debug output at boot.</summary>
        public static string Describe(DeviceConfig c)
        {
            return "config: UART " + c.UartPort + " tx=" + c.TxPin.ToString() + " rx=" + c.RxPin.ToString()
                + " baud=" + c.BaudRate.ToString() + " flow=" + c.FlowControl
                + (c.UsesRtsCts ? " cts=" + c.CtsPin.ToString() + " rts=" + c.RtsPin.ToString() : string.Empty)
                + " buffer=" + c.BufferSize.ToString() + "; maxPubRawLength=" + c.MaxPubRawLengthBytes.ToString()
                + " topicCapacity=" + c.TopicCapacity.ToString() + " heldUrcBytes=" + c.HeldUrcBytes.ToString()
                + " maxInboundMessageLength=" + c.MaxInboundMessageLength.ToString()
                + " reconnectIntervalMs=" + c.ReconnectIntervalMs.ToString() + " tls=" + c.TlsVersion;
        }

        /// <summary>The object under <paramref name="key"/>, or null (absent, or not an object: then said so).</summary>
        private static IConfigObject Section(IConfigObject root, string key, ILog log)
        {
            object value;
            if (!root.TryGet(key, out value))
            {
                return null;
            }
            IConfigObject section = value as IConfigObject;
            if (section == null)
            {
                log.Write("config: \"" + key + "\" is not an object, its defaults are used");
            }
            return section;
        }

        private static int ReadLimit(IConfigObject table, string section, string key, EngineLimit limit, int fallback, ILog log)
        {
            return ReadInt(table, section, key, limit.Min, limit.Max, fallback, log);
        }

        private static int ReadInt(IConfigObject table, string section, string key, int min, int max, int fallback, ILog log)
        {
            object value;
            if (!table.TryGet(key, out value))
            {
                return fallback;
            }
            long number;
            // nanoFramework.Json gives int for short numbers and long for longer ones; a fraction is a double.
            if (value is int)
            {
                number = (int)value;
            }
            else if (value is long)
            {
                number = (long)value;
            }
            else
            {
                log.Write("config: " + section + "." + key + " is not an integer, using " + fallback.ToString());
                return fallback;
            }
            if (number < min || number > max)
            {
                log.Write("config: " + section + "." + key + " = " + number.ToString() + " is outside " + min.ToString() + ".."
                    + max.ToString() + ", using " + fallback.ToString());
                return fallback;
            }
            return (int)number;
        }

        private static string ReadChoice(IConfigObject table, string section, string key, string[] allowed, string fallback, ILog log)
        {
            object found;
            if (!table.TryGet(key, out found))
            {
                return fallback;
            }
            string value = found as string;
            if (value != null)
            {
                for (int i = 0; i < allowed.Length; i++)
                {
                    if (allowed[i] == value)
                    {
                        return value;
                    }
                }
            }
            log.Write("config: " + section + "." + key + " must be one of the documented values, using \"" + fallback + "\"");
            return fallback;
        }
    }
}
