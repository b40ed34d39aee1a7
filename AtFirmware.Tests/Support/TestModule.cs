using System;
using EspAtNano.Engine;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware.Tests.Support
{
    /// <summary>
    /// The engine wired to in-memory ports and driven as a host MCU drives the module: bytes in
    /// through AtEngine.Feed, bytes out through the UART port. Send waits until no command runs in
    /// the background, so each exchange reads as one request and its whole answer. No Wi-Fi port:
    /// the MQTT link then needs no joined network (the commands under test here are MQTT's).
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
        public TestModule(int reconnectIntervalMs)
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
            Engine = new AtEngine(options, ports);
            Engine.Start();
        }

        /// <summary>A module with echo off and ready already read: tests then see only answers.</summary>
        public static TestModule Quiet()
        {
            TestModule module = new TestModule(EngineLimits.ReconnectIntervalMs.Min);
            module.Expect("\r\nready\r\n", module.Uart.Take());
            module.Expect("ATE0\r\n\r\nOK\r\n", module.Send("ATE0\r\n"));
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
                throw new Exception("a background command did not finish");
            }
        }

        /// <summary>Waits for the text, then returns everything written since the last Take.</summary>
        public string TakeAfter(string text)
        {
            if (!Uart.WaitFor(text, WaitMs))
            {
                throw new Exception("the module never wrote <" + Latin1.Show(text) + ">, only <" + Latin1.Show(Uart.Take()) + ">");
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
        public void Expect(string expected, string actual)
        {
            if (expected != actual)
            {
                throw new Exception("expected <" + Latin1.Show(expected) + "> but the module wrote <" + Latin1.Show(actual) + ">");
            }
        }

        public void Dispose()
        {
            Engine.Stop();
        }
    }
}
