#nullable disable
using System;
using EspAtNano.Engine;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware.Tests.Support
{
    /// <summary>
    /// The engine wired to in-memory ports and driven as a host MCU drives the module: bytes in
    /// through AtEngine.Feed, bytes out through the UART port. Send waits until no command runs in
    /// the background, so each exchange reads as one request and its whole answer. Without a Wi-Fi
    /// port the Wi-Fi commands are not offered and the MQTT link needs no joined network.
    /// </summary>
    public sealed class TestModule : IDisposable
    {
        /// <summary>Generous: a slow, shared machine running an interpreter must never fail a wait.</summary>
        public const int WaitMs = 20000;

        public readonly RecordingUart Uart = new RecordingUart();
        public readonly ScriptedMqttClient Mqtt = new ScriptedMqttClient();
        public readonly MemoryCertificateStore Certificates = new MemoryCertificateStore();
        public readonly CountingRestarts System = new CountingRestarts();
        public readonly RecordingLog Log = new RecordingLog();
        public readonly AtEngine Engine;

        /// <param name="reconnectIntervalMs">Pause between automatic reconnects (EngineLimits.ReconnectIntervalMs).</param>
        /// <param name="station">The Wi-Fi station, or null for none.</param>
        public TestModule(int reconnectIntervalMs, IWifiPort station)
        {
            EngineOptions options = new EngineOptions();
            options.Capabilities = new PlatformCapabilities(false, false, false);
            options.ReconnectIntervalMs = reconnectIntervalMs;
            ModulePorts ports = new ModulePorts();
            ports.Uart = Uart;
            ports.Mqtt = Mqtt;
            ports.Certificates = Certificates;
            ports.Clock = new FixedClock();
            ports.System = System;
            ports.Log = Log;
            ports.Wifi = station;
            Engine = new AtEngine(options, ports);
            Engine.Start();
        }

        /// <summary>A module with echo off and ready already read: tests then see only answers.</summary>
        public static TestModule Quiet()
        {
            TestModule module = new TestModule(EngineLimits.ReconnectIntervalMs.Min, null);
            Expect("\r\nready\r\n", module.Uart.Take());
            Expect("ATE0\r\n\r\nOK\r\n", module.Send("ATE0\r\n"));
            return module;
        }

        /// <summary>Feeds the text's bytes and returns everything the module answered once idle.</summary>
        public string Send(string text)
        {
            Feed(text);
            Idle();
            return Uart.Take();
        }

        public void Feed(string text)
        {
            Feed(Latin1.Bytes(text));
        }

        public void Feed(byte[] bytes)
        {
            Engine.Feed(bytes, 0, bytes.Length);
        }

        public void Idle()
        {
            if (!Engine.WaitIdle(WaitMs))
            {
                throw new InvalidOperationException("a background command did not finish");
            }
        }

        /// <summary>Waits for the text, then returns everything written since the last Take.</summary>
        public string TakeAfter(string text)
        {
            if (!Uart.WaitFor(text, WaitMs))
            {
                throw new InvalidOperationException("the module never wrote <" + Latin1.Show(text) + ">, only <" + Latin1.Show(Uart.Take()) + ">");
            }
            return Uart.Take();
        }

        /// <summary>Configured (scheme 1) and connected, reconnect as given: link state 4.</summary>
        public void Connect(int reconnect)
        {
            Expect("\r\nOK\r\n", Send("AT+MQTTUSERCFG=0,1,\"dev\",\"user\",\"pw\",0,0,\"\"\r\n"));
            Expect("+MQTTCONNECTED:0,1,\"broker\",\"1883\",\"\"," + reconnect + "\r\n\r\nOK\r\n",
                Send("AT+MQTTCONN=0,\"broker\",1883," + reconnect + "\r\n"));
        }

        /// <summary>Fails with both sides shown when the module's bytes differ from the expected ones.</summary>
        public static void Expect(string expected, string actual)
        {
            if (expected != actual)
            {
                throw new InvalidOperationException("expected <" + Latin1.Show(expected) + "> but the module wrote <" + Latin1.Show(actual) + ">");
            }
        }

        public void Dispose()
        {
            Engine.Stop();
        }
    }
}
