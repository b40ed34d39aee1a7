using System;
using System.Threading;
using EspAtNano.Engine;
using EspAtNano.Engine.Device;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// Boots the module: reads the device configuration, opens the AT UART, plugs the ESP32
    /// adapters into the engine, prints ready and feeds the engine from the UART for good.
    /// All protocol behaviour is the engine's; this file only wires. Nothing here may end in a
    /// reboot: a failure is logged on the debug output and the module keeps running.
    /// </summary>
    public static class Program
    {
        /// <summary>Pause before trying the UART again when it could not be opened.</summary>
        private const int UartRetryMs = 5000;

        public static void Main()
        {
            ConsoleLog log = new ConsoleLog();
            try
            {
                Boot(log);
            }
            catch (Exception e)
            {
                log.Write("boot failed: " + Failure.Describe(e));
            }
            // The engine, the UART and the clients run on their own threads.
            Thread.Sleep(Timeout.Infinite);
        }

        private static void Boot(ConsoleLog log)
        {
            DeviceConfig config = DeviceConfigLoader.Load(DeviceConfigLoader.StoragePath, log);
            PsramPinGuard.Apply(config, log);

            StoredUartSettings storedUart = new StoredUartSettings(log);
            SerialUart uart = SerialUart.Open(config, storedUart, log);
            while (uart == null)
            {
                // A wrong pin or port in the configuration: say so every few seconds rather than reboot in a loop.
                Thread.Sleep(UartRetryMs);
                uart = SerialUart.Open(config, storedUart, log);
            }

            EngineOptions options = new EngineOptions();
            // What M2Mqtt and nanoFramework's TLS can do (docs/deviations.md#platform-differences): no WebSocket, no ALPN, no custom SNI.
            options.Capabilities = new PlatformCapabilities(false, false, false);
            if (!M2MqttAckWindow.Apply(log))
            {
                // M2Mqtt's own 3 sends, 1 s apart, then stands (README.md, The ESP32 firmware).
                options.Capabilities.AckWaitLimitMs = M2MqttAckWindow.LibraryDefaultMs;
            }
            options.TopicCapacity = config.TopicCapacity;
            options.MaxRawDataLength = config.MaxPubRawLengthBytes;
            options.HeldUrcBytes = config.HeldUrcBytes;
            options.MaxInboundMessageLength = config.MaxInboundMessageLength;
            options.ReconnectIntervalMs = config.ReconnectIntervalMs;

            ModulePorts ports = new ModulePorts();
            ports.Uart = uart.Output;
            ports.Mqtt = new M2MqttClientPort(config.TlsVersion, log);
            ports.Certificates = new StorageCertificateStore(log);
            SntpTimeSync time = new SntpTimeSync(log);
            ports.Clock = time;
            ports.System = new BoardControl(uart.Output, log);
            ports.Log = log;
            ports.Wifi = CreateWifi(log);
            ports.TimeSync = time;
            ports.SntpInterval = time;
            ports.UartControl = uart.Control;
            ports.SystemInfo = new BoardSystemInfo();
            ports.Sleep = new BoardSleep();

            AtEngine engine = new AtEngine(options, ports);
            engine.Start();
            uart.StartReading(engine);
            log.Write("ready on " + config.UartPort);
        }

        /// <summary>The Wi-Fi port, or none (the engine then leaves the Wi-Fi commands out) when the firmware has no Wi-Fi.</summary>
        private static WifiStationPort CreateWifi(ConsoleLog log)
        {
            try
            {
                return new WifiStationPort(log);
            }
            catch (Exception e)
            {
                log.Write("wifi: not available: " + Failure.Describe(e));
                return null;
            }
        }
    }
}
