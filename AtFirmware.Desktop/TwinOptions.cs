using System.Globalization;
using EspAtNano.Desktop.Platform;
using EspAtNano.Engine;

namespace EspAtNano.Desktop;

/// <summary>The command line: what --help prints, and the parsed choices with their defaults.</summary>
public sealed class TwinOptions
{
    // A PC can hold far more than the ESP32, whose values are the engine's defaults.
    private const int TwinMaxRawDataLength = 65536;
    private const int TwinMaxInboundMessageLength = 1048576;
    private const int TwinHeldUrcBytes = 1048576;

    /// <summary>The limits' ranges come from the engine's, so the help cannot state other ones than parsing applies.</summary>
    public static readonly string Usage =
$@"Usage: espatnano-twin [--console | --tcp HOST:PORT | --pty [--link PATH] | --serial DEVICE] [--baud N]
                      [--broker | --no-broker] [--broker-port N] [--certs DIR] [--wifi SSID:PASSWORD]...
                      [--no-saved-ap | --no-autoconnect]
                      [--max-raw N] [--max-inbound N] [--held-urcs N] [--topics N] [--reconnect-interval MS] [--log FILE] [--verbose] [--help]

An ESP-AT MQTT module (EspAtNano) running on this PC: a host MCU, a terminal or a test speaks
AT commands to it over the UART chosen below, and it talks MQTT to real brokers.

UART (choose one; default --console):
  --console               stdin and stdout. At a terminal, keys go to the module as typed (what you
                          see is the module's echo) and Enter is taken as ""\r\n""; from a pipe, a
                          ""\n"" not after ""\r"" is taken as ""\r\n"". Output goes to stdout unchanged.
                          When stdin ends, the twin finishes the running command, waits 0.5 s
                          for messages, and exits. When stdout and stderr are both a terminal,
                          the log goes to ./{TerminalLogFile} unless --log is given, so that
                          it never breaks into the module's output on the screen.
  --tcp HOST:PORT         a TCP server on HOST:PORT (port 0 picks a free one). One host at a time:
                          a second connection waits until the current host disconnects. The module
                          keeps running between hosts, MQTT link included; it says ready once, to
                          the first host, and drops what it prints while no host is connected.
  --pty                   a new pseudo-terminal (Linux), raw and binary-clean; open its path like a
                          serial port. Output waits in the terminal's buffer for the next reader.
  --link PATH             with --pty: also a symbolic link PATH to it (replacing a stale link).
  --serial DEVICE         a serial port such as /dev/ttyUSB0 or COM3, 8N1, no flow control.
  --baud N                the line's bit rate, 8N1 (default {DefaultBaud}, ESP-AT's own). With --serial,
                          the port's rate. With --tcp and --pty, the module takes and sends bytes
                          no faster than such a line would (10 bits a byte): a reply never starts
                          before the command's last byte could have arrived, as on hardware, so a
                          host driver meets the timing it was written for; AT+UART_CUR and
                          AT+UART_DEF change the rate as on a module. --baud 0 turns that
                          pacing off (benchmarks); --console is never paced.

MQTT:
  --broker                run an embedded MQTT broker on 127.0.0.1 (plain TCP, no login).
                          Default with --console, where a port in use only gives a warning.
  --no-broker             no embedded broker (default with --tcp, --pty and --serial).
  --broker-port N         the embedded broker's port (default 1883; 0 picks a free one).
  --certs DIR             where mqtt_ca.pem, mqtt_cert.pem, mqtt_key.pem and their _1 variants
                          are read from (default ./certs).
  --max-raw N             the largest AT+MQTTPUBRAW payload {Range(EngineLimits.MaxRawDataLength, TwinMaxRawDataLength)}.
  --max-inbound N         the largest message (topic + payload) taken from a broker; a larger
                          one drops the link, +MQTTDISCONNECTED:0
                          {Range(EngineLimits.MaxInboundMessageLength, TwinMaxInboundMessageLength)}.
  --held-urcs N           bytes of URCs held while the host cannot take them (a raw-data window,
                          a connect in progress); past it QoS 1/2 messages wait and slow the
                          broker down, QoS 0 ones are dropped and counted in the log
                          {Range(EngineLimits.HeldUrcBytes, TwinHeldUrcBytes)}.
  --topics N              how many topics AT+MQTTSUB holds {Range(EngineLimits.TopicCapacity, EngineLimits.TopicCapacity.Default)}.
  --reconnect-interval MS pause between automatic reconnect attempts
                          {Range(EngineLimits.ReconnectIntervalMs, EngineLimits.ReconnectIntervalMs.Default)}.

Wi-Fi (simulated; the PC's own network carries the traffic):
  --wifi SSID:PASSWORD    an access point AT+CWJAP can join; repeat for more. The SSID ends at
                          the first "":"" (default EspAtNano:espatnano).
                          The first one is the module's saved AP: with auto-connect on (firmware's
                          default), the module joins it after ready and prints WIFI CONNECTED and
                          WIFI GOT IP, as a module does after power-up; MQTT can connect at once.
  --no-saved-ap           start as a module that never joined an AP: nothing is joined after ready
                          and AT+CWSTATE? says 0, so a host driver's join path can be tested.
  --no-autoconnect        start as a module with auto-connect off: the saved AP is not joined
                          after ready.

Diagnostics:
  --log FILE              append the log to FILE instead of stderr (or instead of
                          ./{TerminalLogFile}, see --console). Logs never go to the UART.
  --verbose               also log every line the UART carries, in and out.
  --help                  print this and exit.

Once listening, one line per listener goes to stderr:
  espatnano-twin: uart console | tcp ADDRESS:PORT | pty PATH | serial DEVICE BAUD
  espatnano-twin: broker mqtt 127.0.0.1:PORT
Ctrl+C or SIGTERM stops the twin. Exit status: 0 when stopped, 1 when the UART, the log or a
requested broker cannot be opened, 2 for a bad command line.
";

    public UartKind Uart = UartKind.Console;
    public string? TcpHost;
    public int TcpPort;
    public string? PtyLink;
    public string? SerialDevice;
    // ESP-AT's UART default, so a twin times its replies like a module fresh from the factory.
    private const int DefaultBaud = 115200;
    /// <summary>Where the log goes in console mode at a terminal when --log is not given.</summary>
    public const string TerminalLogFile = "espatnano-twin.log";
    private const int MinBaud = 50;
    private const int MaxBaud = 10000000;

    /// <summary>0 with --tcp and --pty: no pacing.</summary>
    public int Baud = DefaultBaud;
    /// <summary>--broker or --no-broker; null when neither was given.</summary>
    public bool? BrokerChoice;
    public int BrokerPort = 1883;
    public string CertsDirectory = "certs";
    public List<WifiNetwork> Wifi = new List<WifiNetwork>();
    /// <summary>--no-saved-ap: the module has no AP to join after ready.</summary>
    public bool HasSavedAp = true;
    /// <summary>--no-autoconnect: AT+CWAUTOCONN is 0 at power-up.</summary>
    public bool AutoConnect = true;
    public int MaxRawDataLength = TwinMaxRawDataLength;
    public int MaxInboundMessageLength = TwinMaxInboundMessageLength;
    public int HeldUrcBytes = TwinHeldUrcBytes;
    public int TopicCapacity = EngineLimits.TopicCapacity.Default;
    public int ReconnectIntervalMs = EngineLimits.ReconnectIntervalMs.Default;
    public string? LogFile;
    public bool Verbose;
    public bool Help;

    public bool RunsBroker { get { return BrokerChoice ?? Uart == UartKind.Console; } }

    /// <summary>The AP stored at start (joined after ready while auto-connect is on): the first --wifi network, unless --no-saved-ap.</summary>
    public WifiNetwork? SavedAp { get { return HasSavedAp ? Wifi[0] : null; } }

    public static TwinOptions Parse(string[] args)
    {
        TwinOptions o = new TwinOptions();
        bool uartChosen = false;
        bool baudGiven = false;
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            string? inline = null;
            int equals = name.IndexOf('=');
            if (name.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                inline = name.Substring(equals + 1);
                name = name.Substring(0, equals);
            }

            string Value()
            {
                if (inline != null)
                {
                    return inline;
                }
                if (i + 1 >= args.Length)
                {
                    throw new UsageException(name + " needs a value");
                }
                return args[++i];
            }

            void Flag()
            {
                if (inline != null)
                {
                    throw new UsageException(name + " takes no value");
                }
            }

            void ChooseUart(UartKind kind)
            {
                if (uartChosen)
                {
                    throw new UsageException("choose one UART: --console, --tcp, --pty or --serial");
                }
                uartChosen = true;
                o.Uart = kind;
            }

            switch (name)
            {
                case "--console":
                    Flag();
                    ChooseUart(UartKind.Console);
                    break;
                case "--tcp":
                    ChooseUart(UartKind.Tcp);
                    o.ParseTcp(Value());
                    break;
                case "--pty":
                    Flag();
                    ChooseUart(UartKind.Pty);
                    break;
                case "--link":
                    o.PtyLink = Value();
                    break;
                case "--serial":
                    ChooseUart(UartKind.Serial);
                    o.SerialDevice = Value();
                    break;
                case "--baud":
                    o.Baud = ParseBaud(Value());
                    baudGiven = true;
                    break;
                case "--broker":
                    Flag();
                    o.BrokerChoice = true;
                    break;
                case "--no-broker":
                    Flag();
                    o.BrokerChoice = false;
                    break;
                case "--broker-port":
                    o.BrokerPort = Number(name, Value(), 0, 65535);
                    break;
                case "--certs":
                    o.CertsDirectory = Value();
                    break;
                case "--wifi":
                    o.Wifi.Add(ParseWifi(Value()));
                    break;
                case "--no-saved-ap":
                    Flag();
                    o.HasSavedAp = false;
                    break;
                case "--no-autoconnect":
                    Flag();
                    o.AutoConnect = false;
                    break;
                case "--max-raw":
                    o.MaxRawDataLength = Limit(name, Value(), EngineLimits.MaxRawDataLength);
                    break;
                case "--max-inbound":
                    o.MaxInboundMessageLength = Limit(name, Value(), EngineLimits.MaxInboundMessageLength);
                    break;
                case "--held-urcs":
                    o.HeldUrcBytes = Limit(name, Value(), EngineLimits.HeldUrcBytes);
                    break;
                case "--topics":
                    o.TopicCapacity = Limit(name, Value(), EngineLimits.TopicCapacity);
                    break;
                case "--reconnect-interval":
                    o.ReconnectIntervalMs = Limit(name, Value(), EngineLimits.ReconnectIntervalMs);
                    break;
                case "--log":
                    o.LogFile = Value();
                    break;
                case "--verbose":
                    Flag();
                    o.Verbose = true;
                    break;
                case "--help":
                case "-h":
                    Flag();
                    o.Help = true;
                    break;
                default:
                    throw new UsageException("unknown option " + name);
            }
        }
        if (o.PtyLink != null && o.Uart != UartKind.Pty)
        {
            throw new UsageException("--link goes with --pty");
        }
        if (baudGiven && o.Uart == UartKind.Console)
        {
            throw new UsageException("--baud goes with --tcp, --pty or --serial");
        }
        if (o.Baud == 0 && o.Uart == UartKind.Serial)
        {
            throw new UsageException("--baud 0 turns pacing off on --tcp and --pty; a serial port needs a rate from " + MinBaud + " to " + MaxBaud);
        }
        if (o.Wifi.Count == 0)
        {
            o.Wifi.Add(ParseWifi("EspAtNano:espatnano"));
        }
        return o;
    }

    private void ParseTcp(string value)
    {
        int colon = value.LastIndexOf(':');
        if (colon <= 0)
        {
            throw new UsageException("--tcp needs HOST:PORT, e.g. 127.0.0.1:0, not \"" + value + "\"");
        }
        TcpHost = value.Substring(0, colon).Trim('[', ']');
        TcpPort = Number("--tcp port", value.Substring(colon + 1), 0, 65535);
    }

    private static int ParseBaud(string text)
    {
        int baud = Number("--baud", text, 0, MaxBaud);
        if (baud != 0 && baud < MinBaud)
        {
            throw new UsageException("--baud must be 0 (no pacing) or a whole number from " + MinBaud + " to " + MaxBaud + ", not \"" + text + "\"");
        }
        return baud;
    }

    private static WifiNetwork ParseWifi(string value)
    {
        int colon = value.IndexOf(':');
        if (colon <= 0)
        {
            throw new UsageException("--wifi needs SSID:PASSWORD, not \"" + value + "\"");
        }
        return new WifiNetwork(value.Substring(0, colon), value.Substring(colon + 1));
    }

    private static string Range(EngineLimit limit, int twinDefault)
    {
        return "(" + limit.Min + " to " + limit.Max + ", default " + twinDefault + ")";
    }

    private static int Limit(string name, string text, EngineLimit limit)
    {
        return Number(name, text, limit.Min, limit.Max);
    }

    private static int Number(string name, string text, int min, int max)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < min || value > max)
        {
            throw new UsageException(name + " must be a whole number from " + min + " to " + max + ", not \"" + text + "\"");
        }
        return value;
    }
}
