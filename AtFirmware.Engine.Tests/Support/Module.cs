using System.Text;

namespace EspAtNano.Tests.Support;

/// <summary>
/// An engine wired to fakes, driven as a host MCU would: bytes in, bytes out. Send waits for
/// background commands to finish so each exchange reads as one request and its answer.
/// </summary>
public sealed class Module : IDisposable
{
    public readonly CapturingUart Uart = new();
    public readonly ScriptedMqtt Mqtt = new();
    public readonly MemoryCertificates Certificates = new();
    public readonly SettableClock Clock = new();
    public readonly CountingSystem System = new();
    public readonly ListLog Log = new();
    public readonly ListLog Trace = new();
    public readonly ScriptedWifi Wifi = new();
    public readonly RecordingTimeSync TimeSync = new();
    public readonly ScriptedUartControl UartControl;
    public readonly SettableHeap Heap = new();
    public readonly ScriptedSleep Sleep = new();
    public readonly EngineOptions Options = new();
    public AtEngine Engine { get; private set; }

    /// <param name="configurePorts">Changes the ports before the engine is built (e.g. leaves out an optional one).</param>
    /// <param name="online">The station joined its saved AP at boot, so MQTT has a network; false for a station that must be told to join.</param>
    public Module(bool echo = false, Action<EngineOptions>? configure = null, Action<ModulePorts>? configurePorts = null, bool online = true)
    {
        if (online)
        {
            Wifi.JoinedAtBoot("home");
        }
        Options.Capabilities = new PlatformCapabilities(true, true, true);
        Options.ReconnectIntervalMs = EngineLimits.ReconnectIntervalMs.Min;
        configure?.Invoke(Options);
        UartControl = new ScriptedUartControl(Uart);
        var ports = new ModulePorts
        {
            Uart = Uart, Mqtt = Mqtt, Certificates = Certificates, Clock = Clock, System = System, Log = Log,
            Wifi = Wifi, TimeSync = TimeSync, Trace = Trace, UartControl = UartControl, SystemInfo = Heap, Sleep = Sleep
        };
        configurePorts?.Invoke(ports);
        Engine = new AtEngine(Options, ports);
        if (!echo)
        {
            Engine.Settings.EchoEnabled = false;
        }
    }

    /// <summary>Feeds the text (Latin-1) and returns everything the module answered once idle.</summary>
    public string Send(string text)
    {
        Feed(Encoding.Latin1.GetBytes(text));
        Idle();
        return Uart.Take();
    }

    public void Feed(byte[] bytes) => Engine.Feed(bytes, 0, bytes.Length);

    public void Idle()
    {
        if (!Engine.WaitIdle(10000))
        {
            throw new TimeoutException("a background command did not finish");
        }
    }

    /// <summary>USERCFG scheme 1, so the link is in state 1.</summary>
    public void Configure(int scheme = 1)
    {
        Expect("\r\nOK\r\n", Send($"AT+MQTTUSERCFG=0,{scheme},\"dev\",\"user\",\"pw\",0,0,\"\"\r\n"));
    }

    /// <summary>Configured and connected: state 4.</summary>
    public void Connect(int reconnect = 0)
    {
        Configure();
        Expect("+MQTTCONNECTED:0,1,\"broker\",\"1883\",\"\"," + reconnect + "\r\n\r\nOK\r\n",
            Send($"AT+MQTTCONN=0,\"broker\",1883,{reconnect}\r\n"));
    }

    public void Subscribe(string topic, int qos = 0)
    {
        Expect("\r\nOK\r\n", Send($"AT+MQTTSUB=0,\"{topic}\",{qos}\r\n"));
    }

    public int State => (int)Engine.Link.State;

    public static void Expect(string expected, string actual)
    {
        if (expected != actual)
        {
            throw new AssertFailedException($"expected <{Show(expected)}> but the module wrote <{Show(actual)}>");
        }
    }

    public static string Show(string s) => s.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\0", "\\0");

    public void Dispose() => Engine.Stop();
}

public static class ModuleStates
{
    /// <summary>Drives the module into link state 0–6 (3: dropped with reconnect=0).</summary>
    public static void EnterState(this Module m, int state)
    {
        switch (state)
        {
            case 0:
                break;
            case 1:
                m.Configure();
                break;
            case 2:
                m.Configure();
                Expect("\r\nOK\r\n", m.Send("AT+MQTTCONNCFG=0,60,0,\"\",\"\",0,0\r\n"));
                break;
            case 3:
                m.Connect();
                m.Mqtt.DropLink();
                Expect("+MQTTDISCONNECTED:0\r\n", m.Uart.Take());
                break;
            case 4:
                m.Connect();
                break;
            case 5:
                m.Connect();
                m.Subscribe("a");
                Expect("\r\nOK\r\n", m.Send("AT+MQTTUNSUB=0,\"a\"\r\n"));
                break;
            case 6:
                m.Connect();
                m.Subscribe("a");
                break;
        }
        Assert.AreEqual(state, m.State, "could not enter the state");
    }
}
