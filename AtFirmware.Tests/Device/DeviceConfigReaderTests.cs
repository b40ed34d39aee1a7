using EspAtNano.Engine.Device;
using EspAtNano.Firmware.Tests.Support;
using nanoFramework.TestFramework;

namespace EspAtNano.Firmware.Tests.Device
{
    /// <summary>
    /// The device reading nf-device-config.json (AtFirmware.Engine/Device/DeviceConfigReader.cs) as
    /// nanoFramework.Json hands it over: every value it can use is taken, and every value it cannot
    /// use keeps its default with one log line naming the field, so a bad file never stops the boot.
    /// </summary>
    [TestClass]
    public class DeviceConfigReaderTests
    {
        /// <summary>A numeric field of the configuration by its name (nanoFramework's reflection reads no field values).</summary>
        private static int Number(DeviceConfig c, string field)
        {
            switch (field)
            {
                case "TxPin": return c.TxPin;
                case "RxPin": return c.RxPin;
                case "CtsPin": return c.CtsPin;
                case "RtsPin": return c.RtsPin;
                case "BaudRate": return c.BaudRate;
                case "BufferSize": return c.BufferSize;
                case "MaxPubRawLengthBytes": return c.MaxPubRawLengthBytes;
                case "TopicCapacity": return c.TopicCapacity;
                case "HeldUrcBytes": return c.HeldUrcBytes;
                case "MaxInboundMessageLength": return c.MaxInboundMessageLength;
                case "ReconnectIntervalMs": return c.ReconnectIntervalMs;
                default: throw new System.ArgumentException("DeviceConfig has no numeric field " + field);
            }
        }

        private static string Text(DeviceConfig c, string field)
        {
            switch (field)
            {
                case "UartPort": return c.UartPort;
                case "FlowControl": return c.FlowControl;
                case "TlsVersion": return c.TlsVersion;
                default: throw new System.ArgumentException("DeviceConfig has no text field " + field);
            }
        }

        /// <summary>Exactly one log line, <paramref name="expected"/>.</summary>
        private static void LoggedOnly(string expected, RecordingLog log)
        {
            Assert.AreEqual(expected + "\n", log.Text);
        }

        [TestMethod]
        public void NoFileGivesTheDefaults()
        {
            RecordingLog log = new RecordingLog();
            DeviceConfig c = DeviceConfigReader.Read(null, log);
            Assert.AreEqual("COM2", c.UartPort);
            Assert.AreEqual(17, c.TxPin);
            Assert.AreEqual(16, c.RxPin);
            Assert.AreEqual(15, c.CtsPin);
            Assert.AreEqual(14, c.RtsPin);
            Assert.AreEqual(115200, c.BaudRate);
            Assert.AreEqual("none", c.FlowControl);
            Assert.IsFalse(c.UsesRtsCts);
            Assert.AreEqual(4096, c.BufferSize);
            Assert.AreEqual(8192, c.MaxPubRawLengthBytes);
            Assert.AreEqual(10, c.TopicCapacity);
            Assert.AreEqual(16384, c.HeldUrcBytes);
            Assert.AreEqual(16384, c.MaxInboundMessageLength);
            Assert.AreEqual(5000, c.ReconnectIntervalMs);
            Assert.AreEqual("1.2", c.TlsVersion);
            Assert.AreEqual(0, log.Count);
        }

        [TestMethod]
        [DataRow("uart", "txPin", 22, "TxPin")]
        [DataRow("uart", "rxPin", 19, "RxPin")]
        [DataRow("uart", "ctsPin", 0, "CtsPin")]
        [DataRow("uart", "rtsPin", 48, "RtsPin")]
        [DataRow("uart", "baudRate", 5000000, "BaudRate")]
        [DataRow("uart", "bufferSize", 65536, "BufferSize")]
        [DataRow("limits", "maxPubRawLength", 1, "MaxPubRawLengthBytes")]
        [DataRow("limits", "topicCapacity", 20, "TopicCapacity")]
        [DataRow("limits", "heldUrcBytes", 4096, "HeldUrcBytes")]
        [DataRow("limits", "maxInboundMessageLength", 2048, "MaxInboundMessageLength")]
        [DataRow("mqtt", "reconnectIntervalMs", 100, "ReconnectIntervalMs")]
        public void AValidNumberIsTaken(string section, string key, int value, string field)
        {
            RecordingLog log = new RecordingLog();
            DeviceConfig c = DeviceConfigReader.Read(ConfigTable.One(section, key, value), log);
            Assert.AreEqual(value, Number(c, field), field);
            Assert.AreEqual(0, log.Count, log.Text);
        }

        [TestMethod]
        public void ANumberTheParserGaveAsLongIsTakenWhenInRange()
        {
            RecordingLog log = new RecordingLog();
            DeviceConfig c = DeviceConfigReader.Read(ConfigTable.One("uart", "baudRate", 921600L), log);
            Assert.AreEqual(921600, c.BaudRate);
            Assert.AreEqual(0, log.Count, log.Text);
        }

        [TestMethod]
        [DataRow("uart", "port", "COM3", "UartPort")]
        [DataRow("uart", "flowControl", "rtscts", "FlowControl")]
        [DataRow("mqtt", "tlsVersion", "1.3", "TlsVersion")]
        public void ADocumentedChoiceIsTaken(string section, string key, string value, string field)
        {
            RecordingLog log = new RecordingLog();
            DeviceConfig c = DeviceConfigReader.Read(ConfigTable.One(section, key, value), log);
            Assert.AreEqual(value, Text(c, field), field);
            Assert.AreEqual(0, log.Count, log.Text);
        }

        [TestMethod]
        [DataRow("uart", "txPin", 49, "TxPin", "config: uart.txPin = 49 is outside 0..48, using 17")]
        [DataRow("uart", "rxPin", -1, "RxPin", "config: uart.rxPin = -1 is outside 0..48, using 16")]
        [DataRow("uart", "baudRate", 299, "BaudRate", "config: uart.baudRate = 299 is outside 300..5000000, using 115200")]
        [DataRow("uart", "bufferSize", 255, "BufferSize", "config: uart.bufferSize = 255 is outside 256..65536, using 4096")]
        [DataRow("limits", "topicCapacity", 0, "TopicCapacity", "config: limits.topicCapacity = 0 is outside 1..64, using 10")]
        [DataRow("limits", "heldUrcBytes", 1023, "HeldUrcBytes", "config: limits.heldUrcBytes = 1023 is outside 1024..16777216, using 16384")]
        [DataRow("mqtt", "reconnectIntervalMs", 99, "ReconnectIntervalMs", "config: mqtt.reconnectIntervalMs = 99 is outside 100..3600000, using 5000")]
        public void ANumberOutOfRangeKeepsItsDefaultAndIsNamed(string section, string key, int value, string field, string logged)
        {
            RecordingLog log = new RecordingLog();
            DeviceConfig c = DeviceConfigReader.Read(ConfigTable.One(section, key, value), log);
            Assert.AreEqual(Number(new DeviceConfig(), field), Number(c, field), field);
            LoggedOnly(logged, log);
        }

        [TestMethod]
        public void ANumberBeyondIntKeepsItsDefault()
        {
            RecordingLog log = new RecordingLog();
            DeviceConfig c = DeviceConfigReader.Read(ConfigTable.One("uart", "bufferSize", 9999999999L), log);
            Assert.AreEqual(4096, c.BufferSize);
            LoggedOnly("config: uart.bufferSize = 9999999999 is outside 256..65536, using 4096", log);
        }

        [TestMethod]
        public void ANumberWrittenAsTextIsNoInteger()
        {
            RecordingLog log = new RecordingLog();
            DeviceConfig c = DeviceConfigReader.Read(ConfigTable.One("uart", "baudRate", "115200"), log);
            Assert.AreEqual(115200, c.BaudRate);
            LoggedOnly("config: uart.baudRate is not an integer, using 115200", log);
        }

        [TestMethod]
        public void AFractionIsNoInteger()
        {
            RecordingLog log = new RecordingLog();
            DeviceConfig c = DeviceConfigReader.Read(ConfigTable.One("uart", "txPin", 17.5), log);
            Assert.AreEqual(17, c.TxPin);
            LoggedOnly("config: uart.txPin is not an integer, using 17", log);
        }

        [TestMethod]
        public void NullIsNoInteger()
        {
            RecordingLog log = new RecordingLog();
            DeviceConfig c = DeviceConfigReader.Read(ConfigTable.One("uart", "rxPin", null), log);
            Assert.AreEqual(16, c.RxPin);
            LoggedOnly("config: uart.rxPin is not an integer, using 16", log);
        }

        [TestMethod]
        [DataRow("uart", "port", "COM1", "UartPort", "config: uart.port must be one of the documented values, using \"COM2\"")]
        [DataRow("uart", "flowControl", "RTSCTS", "FlowControl", "config: uart.flowControl must be one of the documented values, using \"none\"")]
        [DataRow("mqtt", "tlsVersion", "1.1", "TlsVersion", "config: mqtt.tlsVersion must be one of the documented values, using \"1.2\"")]
        public void AnUndocumentedChoiceKeepsItsDefaultAndIsNamed(string section, string key, string value, string field, string logged)
        {
            RecordingLog log = new RecordingLog();
            DeviceConfig c = DeviceConfigReader.Read(ConfigTable.One(section, key, value), log);
            Assert.AreEqual(Text(new DeviceConfig(), field), Text(c, field), field);
            LoggedOnly(logged, log);
        }

        [TestMethod]
        public void AChoiceThatIsNoTextKeepsItsDefault()
        {
            RecordingLog log = new RecordingLog();
            DeviceConfig c = DeviceConfigReader.Read(ConfigTable.One("uart", "flowControl", true), log);
            Assert.AreEqual("none", c.FlowControl);
            LoggedOnly("config: uart.flowControl must be one of the documented values, using \"none\"", log);
        }

        [TestMethod]
        [DataRow("uart")]
        [DataRow("limits")]
        [DataRow("mqtt")]
        public void ASectionThatIsNoObjectKeepsItsDefaults(string section)
        {
            RecordingLog log = new RecordingLog();
            DeviceConfig c = DeviceConfigReader.Read(new ConfigTable().Set(section, 12).Set("uart2", new ConfigTable()), log);
            Assert.AreEqual(17, c.TxPin);
            LoggedOnly("config: \"" + section + "\" is not an object, its defaults are used", log);
        }

        [TestMethod]
        public void OneBadValueDoesNotCostTheOthers()
        {
            RecordingLog log = new RecordingLog();
            ConfigTable uart = new ConfigTable().Set("txPin", 99).Set("rxPin", 19).Set("baudRate", 921600);
            DeviceConfig c = DeviceConfigReader.Read(new ConfigTable().Set("uart", uart), log);
            Assert.AreEqual(17, c.TxPin);
            Assert.AreEqual(19, c.RxPin);
            Assert.AreEqual(921600, c.BaudRate);
            Assert.AreEqual(1, log.Count, log.Text);
        }

        [TestMethod]
        public void UnknownFieldsAndTheFlashingSectionsAreIgnored()
        {
            RecordingLog log = new RecordingLog();
            ConfigTable file = new ConfigTable()
                .Set("flashing", new ConfigTable().Set("target", "ESP32_REV3"))
                .Set("certificates", new object[0])
                .Set("uart", new ConfigTable().Set("parity", "even"));
            DeviceConfig c = DeviceConfigReader.Read(file, log);
            Assert.AreEqual(0, log.Count, log.Text);
            Assert.AreEqual("none", c.FlowControl);
        }

        [TestMethod]
        public void TheBootLineNamesEveryValueInUse()
        {
            DeviceConfig c = DeviceConfigReader.Read(ConfigTable.One("uart", "flowControl", "rtscts"), new RecordingLog());
            Assert.AreEqual("config: UART COM2 tx=17 rx=16 baud=115200 flow=rtscts cts=15 rts=14 buffer=4096; maxPubRawLength=8192"
                + " topicCapacity=10 heldUrcBytes=16384 maxInboundMessageLength=16384 reconnectIntervalMs=5000 tls=1.2",
                DeviceConfigReader.Describe(c));
        }

        [TestMethod]
        public void TheBootLineLeavesOutFlowPinsThatAreNotUsed()
        {
            Assert.AreEqual("config: UART COM2 tx=17 rx=16 baud=115200 flow=none buffer=4096; maxPubRawLength=8192"
                + " topicCapacity=10 heldUrcBytes=16384 maxInboundMessageLength=16384 reconnectIntervalMs=5000 tls=1.2",
                DeviceConfigReader.Describe(new DeviceConfig()));
        }
    }
}
