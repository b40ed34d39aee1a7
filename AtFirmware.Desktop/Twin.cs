using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using EspAtNano.Desktop.Logging;
using EspAtNano.Desktop.Mqtt;
using EspAtNano.Desktop.Platform;
using EspAtNano.Desktop.Uart;
using EspAtNano.Engine;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop;

/// <summary>The module's life: open the broker and the UART, run the engine until told to stop, close everything.</summary>
public static class Twin
{
    // When stdin ends: the longest MQTT timeout (60 s) plus margin for the running command...
    private const int DrainTimeoutMs = 65000;
    // ...and a moment for messages already on their way to print their URCs.
    private const int UrcGraceMs = 500;
    // Every UART but the console sees a stop request within 200 ms; a console read never returns.
    private const int ReaderStopMs = 500;
    // The power-up join's longest time (ESP-AT's default jap_timeout) and a margin.
    private const int PowerUpJoinWaitMs = 16000;

    public static int Run(TwinOptions options, ILog log)
    {
        EmbeddedBroker? broker = null;
        IUart? uart = null;
        string opening = "the embedded broker on port " + options.BrokerPort;
        try
        {
            broker = StartBroker(options, log);
            opening = "the UART";
            uart = OpenUart(options, log);
        }
        catch (Exception e)
        {
            broker?.Dispose();
            Console.Error.WriteLine("espatnano-twin: cannot open " + opening + ": " + e.Message);
            return 1;
        }
        try
        {
            return Serve(options, uart, broker, log);
        }
        finally
        {
            uart.Dispose();
            broker?.Dispose();
        }
    }

    /// <summary>Runs the engine on the open UART until a signal stops it or the UART ends; 1 when the UART failed.</summary>
    private static int Serve(TwinOptions options, IUart uart, EmbeddedBroker? broker, ILog log)
    {
        // Neither is disposed: a console read that never returns keeps the reader thread holding them.
        CancellationTokenSource stop = new CancellationTokenSource();
        ManualResetEvent lineEnded = new ManualResetEvent(false);
        List<PosixSignalRegistration> signals = StopOn(stop, log);

        SimulatedWifi wifi = new SimulatedWifi(options.Wifi, options.SavedAp, options.AutoConnect, log);
        AtEngine engine = new AtEngine(EngineOptionsFor(options), PortsFor(options, uart, wifi, log));
        IUartReceiver input = new EngineInput(engine, () => wifi.WaitForSavedApJoin(PowerUpJoinWaitMs));

        // Printed once everything listens, so a test that has read them can connect at once.
        Console.Error.WriteLine("espatnano-twin: uart " + uart.Description);
        if (broker != null)
        {
            Console.Error.WriteLine("espatnano-twin: broker " + broker.Description);
        }

        bool failed = false;
        // In the background, so that a console read that never returns does not keep the process alive.
        Thread reader = new Thread(() =>
        {
            try
            {
                uart.Run(input, stop.Token);
            }
            catch (Exception e)
            {
                failed = true;
                log.Write("uart: " + ExceptionText.Describe(e));
            }
            finally
            {
                lineEnded.Set();
            }
        }) { IsBackground = true, Name = "uart" };
        reader.Start();

        WaitHandle.WaitAny(new[] { stop.Token.WaitHandle, lineEnded });
        if (!stop.IsCancellationRequested && !failed)
        {
            engine.WaitIdle(DrainTimeoutMs);
            Thread.Sleep(UrcGraceMs);
        }
        log.Write("stopping");
        stop.Cancel();
        reader.Join(ReaderStopMs);
        engine.Stop();
        signals.ForEach(s => s.Dispose());
        return failed ? 1 : 0;
    }

    private static List<PosixSignalRegistration> StopOn(CancellationTokenSource stop, ILog log)
    {
        return new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }
            .Select(signal => PosixSignalRegistration.Create(signal, context =>
            {
                // Handled here, so that Run's cleanup (engine, broker, pty link) happens before the process ends.
                context.Cancel = true;
                log.Write(signal + " received");
                stop.Cancel();
            }))
            .ToList();
    }

    private static EmbeddedBroker? StartBroker(TwinOptions options, ILog log)
    {
        if (!options.RunsBroker)
        {
            return null;
        }
        try
        {
            return EmbeddedBroker.Start(options.BrokerPort, log);
        }
        catch (Exception e) when (options.BrokerChoice == null)
        {
            // Console mode starts the broker unasked; a broker already on that port serves as well.
            log.Write("broker: not started on port " + options.BrokerPort + " (" + e.Message + "); running without it");
            return null;
        }
    }

    private static IUart OpenUart(TwinOptions options, ILog log)
    {
        switch (options.Uart)
        {
            case UartKind.Tcp:
                return Paced(TcpUart.Listen(options.TcpHost ?? throw new InvalidOperationException("--tcp without a host"), options.TcpPort, log), options, log);
            case UartKind.Pty:
                return Paced(PtyUart.Open(options.PtyLink, log), options, log);
            case UartKind.Serial:
                return SerialUart.Open(options.SerialDevice ?? throw new InvalidOperationException("--serial without a device"), options.Baud, log);
            default:
                return new ConsoleUart(log);
        }
    }

    /// <summary>A line that is no serial port gets the timing of one, unless --baud 0.</summary>
    private static IUart Paced(IUart line, TwinOptions options, ILog log)
    {
        if (options.Baud == 0)
        {
            log.Write("uart: not paced (--baud 0)");
            return line;
        }
        log.Write("uart: paced as a " + options.Baud + "-baud 8N1 line");
        return new PacedUart(line, options.Baud);
    }

    private static EngineOptions EngineOptionsFor(TwinOptions options)
    {
        return new EngineOptions
        {
            Capabilities = new PlatformCapabilities(true, true, true),
            TopicCapacity = options.TopicCapacity,
            MaxRawDataLength = options.MaxRawDataLength,
            ReconnectIntervalMs = options.ReconnectIntervalMs,
            HeldUrcBytes = options.HeldUrcBytes,
            MaxInboundMessageLength = options.MaxInboundMessageLength,
            BuildTime = BuildTimeOf(typeof(Twin).Assembly),
            SdkVersion = RuntimeInformation.FrameworkDescription,
            BinVersion = typeof(Twin).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
            ModuleName = "EspAtNano twin"
        };
    }

    /// <summary>When the twin was built (its assembly's file time), in the C compiler's __DATE__ __TIME__ form that AT+GMR prints.</summary>
    private static string BuildTimeOf(Assembly assembly)
    {
        // A single-file bundle has no assembly path: then the twin was built no later than now.
        DateTime built = assembly.Location.Length > 0 ? File.GetLastWriteTime(assembly.Location) : DateTime.Now;
        CultureInfo c = CultureInfo.InvariantCulture;
        return built.ToString("MMM", c) + " " + built.Day.ToString(c).PadLeft(2) + " " + built.ToString("yyyy HH:mm:ss", c);
    }

    private static ModulePorts PortsFor(TwinOptions options, IUart uart, SimulatedWifi wifi, ILog log)
    {
        HostClock clock = new HostClock(() => wifi.Current != null, log);
        return new ModulePorts
        {
            Uart = uart,
            Mqtt = new MqttNetClientPort(log),
            Certificates = new DirectoryCertificateStore(options.CertsDirectory, log),
            Clock = clock,
            TimeSync = clock,
            SntpInterval = new PcClockSyncInterval(log),
            System = new TwinSystemControl(log),
            UartControl = new TwinUartControl(options.Baud, uart as IAdjustableLine, log),
            SystemInfo = new TwinSystemInfo(),
            Sleep = new TwinSleep(),
            Log = log,
            Wifi = wifi,
            // The engine traces the UART itself: only it knows which bytes are passwords.
            Trace = options.Verbose ? log : null
        };
    }
}
