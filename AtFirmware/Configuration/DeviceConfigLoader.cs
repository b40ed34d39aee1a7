using System;
using System.Collections;
using System.IO;
using EspAtNano.Engine;
using EspAtNano.Engine.Ports;
using nanoFramework.Json;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// Reads nf-device-config.json from internal storage at boot. Nothing here may stop the boot:
    /// a missing file, a file that is not JSON, or a value of the wrong type or out of range
    /// falls back to the default and says so on the debug output, naming the field.
    /// nanoFramework.Json parses the text (into Hashtables: no reflection over our types, and
    /// its string/escape/number handling is the library's, not another hand parser to trust);
    /// every value is then checked here, because nothing validated the file on the device.
    /// </summary>
    public static class DeviceConfigLoader
    {
        /// <summary>Where flash.ps1 puts the file (nanoff --filedeployment).</summary>
        public const string StoragePath = "I:\\nf-device-config.json";

        public static DeviceConfig Load(string path, ILog log)
        {
            DeviceConfig config = new DeviceConfig();
            Hashtable root = ReadRoot(path, log);
            if (root != null)
            {
                Apply(root, config, log);
            }
            log.Write("config: UART " + config.UartPort + " tx=" + config.TxPin.ToString() + " rx=" + config.RxPin.ToString()
                + " baud=" + config.BaudRate.ToString() + " flow=" + config.FlowControl
                + (config.UsesRtsCts ? " cts=" + config.CtsPin.ToString() + " rts=" + config.RtsPin.ToString() : string.Empty)
                + " buffer=" + config.BufferSize.ToString() + "; maxPubRawLength=" + config.MaxPubRawLengthBytes.ToString()
                + " topicCapacity=" + config.TopicCapacity.ToString() + " heldUrcBytes=" + config.HeldUrcBytes.ToString()
                + " maxInboundMessageLength=" + config.MaxInboundMessageLength.ToString()
                + " reconnectIntervalMs=" + config.ReconnectIntervalMs.ToString() + " tls=" + config.TlsVersion);
            return config;
        }

        private static Hashtable ReadRoot(string path, ILog log)
        {
            string json;
            try
            {
                if (!File.Exists(path))
                {
                    log.Write("config: " + path + " not found, using the defaults (deploy it with flash.ps1)");
                    return null;
                }
                json = File.ReadAllText(path);
            }
            catch (Exception e)
            {
                log.Write("config: cannot read " + path + " (" + Failure.Describe(e) + "), using the defaults");
                return null;
            }
            try
            {
                Hashtable root = JsonConvert.DeserializeObject(json, typeof(Hashtable)) as Hashtable;
                if (root == null)
                {
                    log.Write("config: " + path + " is not a JSON object, using the defaults");
                }
                return root;
            }
            catch (Exception e)
            {
                log.Write("config: " + path + " is not valid JSON (" + Failure.Describe(e) + "), using the defaults");
                return null;
            }
        }

        private static void Apply(Hashtable root, DeviceConfig c, ILog log)
        {
            Hashtable uart = Section(root, "uart", log);
            if (uart != null)
            {
                c.UartPort = ReadChoice(uart, "uart.port", "port", new string[] { "COM2", "COM3" }, c.UartPort, log);
                c.TxPin = ReadInt(uart, "uart.txPin", "txPin", DeviceConfig.MinPin, DeviceConfig.MaxPin, c.TxPin, log);
                c.RxPin = ReadInt(uart, "uart.rxPin", "rxPin", DeviceConfig.MinPin, DeviceConfig.MaxPin, c.RxPin, log);
                c.CtsPin = ReadInt(uart, "uart.ctsPin", "ctsPin", DeviceConfig.MinPin, DeviceConfig.MaxPin, c.CtsPin, log);
                c.RtsPin = ReadInt(uart, "uart.rtsPin", "rtsPin", DeviceConfig.MinPin, DeviceConfig.MaxPin, c.RtsPin, log);
                c.BaudRate = ReadInt(uart, "uart.baudRate", "baudRate", DeviceConfig.MinBaudRate, DeviceConfig.MaxBaudRate, c.BaudRate, log);
                c.FlowControl = ReadChoice(uart, "uart.flowControl", "flowControl",
                    new string[] { DeviceConfig.FlowControlNone, DeviceConfig.FlowControlRtsCts }, c.FlowControl, log);
                c.BufferSize = ReadInt(uart, "uart.bufferSize", "bufferSize", DeviceConfig.MinBufferSize, DeviceConfig.MaxBufferSize, c.BufferSize, log);
            }
            Hashtable limits = Section(root, "limits", log);
            if (limits != null)
            {
                c.MaxPubRawLengthBytes = ReadLimit(limits, "limits.maxPubRawLength", "maxPubRawLength",
                    EngineLimits.MaxRawDataLength, c.MaxPubRawLengthBytes, log);
                c.TopicCapacity = ReadLimit(limits, "limits.topicCapacity", "topicCapacity",
                    EngineLimits.TopicCapacity, c.TopicCapacity, log);
                c.HeldUrcBytes = ReadLimit(limits, "limits.heldUrcBytes", "heldUrcBytes",
                    EngineLimits.HeldUrcBytes, c.HeldUrcBytes, log);
                c.MaxInboundMessageLength = ReadLimit(limits, "limits.maxInboundMessageLength", "maxInboundMessageLength",
                    EngineLimits.MaxInboundMessageLength, c.MaxInboundMessageLength, log);
            }
            Hashtable mqtt = Section(root, "mqtt", log);
            if (mqtt != null)
            {
                c.ReconnectIntervalMs = ReadLimit(mqtt, "mqtt.reconnectIntervalMs", "reconnectIntervalMs",
                    EngineLimits.ReconnectIntervalMs, c.ReconnectIntervalMs, log);
                c.TlsVersion = ReadChoice(mqtt, "mqtt.tlsVersion", "tlsVersion",
                    new string[] { DeviceConfig.Tls12, DeviceConfig.Tls13 }, c.TlsVersion, log);
            }
        }

        /// <summary>The object under <paramref name="key"/>, or null (absent, or not an object: then said so).</summary>
        private static Hashtable Section(Hashtable root, string key, ILog log)
        {
            if (!root.Contains(key))
            {
                return null;
            }
            Hashtable section = root[key] as Hashtable;
            if (section == null)
            {
                log.Write("config: \"" + key + "\" is not an object, its defaults are used");
            }
            return section;
        }

        /// <summary>An engine limit: its range is the engine's, so the engine never refuses what the file set.</summary>
        private static int ReadLimit(Hashtable table, string name, string key, EngineLimit limit, int fallback, ILog log)
        {
            return ReadInt(table, name, key, limit.Min, limit.Max, fallback, log);
        }

        private static int ReadInt(Hashtable table, string name, string key, int min, int max, int fallback, ILog log)
        {
            if (!table.Contains(key))
            {
                return fallback;
            }
            object value = table[key];
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
                log.Write("config: " + name + " is not an integer, using " + fallback.ToString());
                return fallback;
            }
            if (number < min || number > max)
            {
                log.Write("config: " + name + " = " + number.ToString() + " is outside " + min.ToString() + ".."
                    + max.ToString() + ", using " + fallback.ToString());
                return fallback;
            }
            return (int)number;
        }

        private static string ReadChoice(Hashtable table, string name, string key, string[] allowed, string fallback, ILog log)
        {
            if (!table.Contains(key))
            {
                return fallback;
            }
            string value = table[key] as string;
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
            log.Write("config: " + name + " must be one of the documented values, using \"" + fallback + "\"");
            return fallback;
        }
    }
}
