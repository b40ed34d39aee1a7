using System.Globalization;
using System.Text;

namespace EspAtNano.Tests.Support;

/// <summary>
/// Makes sessions as a host and a broker would: mostly valid command lines, picked for the link
/// state the reference model is in, so the link really goes 0→1→2→4→6→5→3→…; one line in eight
/// spoilt with a single fault (parameter count, LinkID, a bad value, a malformed quote), a few
/// lines that are no command at all, too long, or behind a NUL; and outside events: messages,
/// drops, the broker refusing or accepting automatic reconnects, Wi-Fi coming and going. Every
/// command of the engine's table is in it. Each command knows its own parameters and the error
/// each fault must give (docs/commands/mqtt.md); what the link state makes of it is the model's business.
/// </summary>
public sealed class LineGenerator
{
    private const double SpoilRate = 0.125;

    /// <summary>Topic filters for SUB/UNSUB (wildcards, an escaped comma); more than the default table of 10 holds.</summary>
    private static readonly string[] Filters =
        { "a", "b/c", "sensor/1", "x/+/y", "t/#", "#", "cmd", "q,r", "d", "e/f", "g/h/i", "j", "k/l" };

    /// <summary>Topics a message can be published or delivered to: no wildcards.</summary>
    private static readonly string[] Topics = { "a", "b/c", "sensor/1", "cmd", "out/x", "q,r", "x/1/y" };

    private static readonly string[] Hosts = { "broker", "10.0.0.1", "mqtt-1.example.org" };

    private readonly Random _random;
    private readonly ReferenceModel _model;
    private readonly bool _brokerOutages;

    /// <param name="brokerOutages">
    /// The broker may refuse automatic reconnects for a while. Then no manual connect gets
    /// messages right after CONNACK: a reconnect attempt that AT+MQTTCLEAN overtook may still be
    /// finishing, and its ordering is not what these sessions check.
    /// </param>
    public LineGenerator(Random random, ReferenceModel model, bool brokerOutages)
    {
        _random = random;
        _model = model;
        _brokerOutages = brokerOutages;
    }

    public SessionStep Next()
    {
        HostEvent? happening = OutsideEvent();
        if (happening != null)
        {
            return new SessionStep(happening);
        }
        GeneratedLine line = Command();
        if (Chance(0.03))
        {
            // docs/framing.md: a NUL discards the partial line before it.
            line.Text = Word(0, 12) + "\0" + line.Text;
        }
        return new SessionStep(line, Script(line));
    }

    private HostEvent? OutsideEvent()
    {
        if (_model.BrokerDown && Chance(0.2))
        {
            // No messages after this CONNACK: a refused attempt may be under way while they are scripted.
            return new HostEvent { Kind = HostEventKind.BrokerBack };
        }
        if (_model.IsConnected && Chance(0.07))
        {
            return Message();
        }
        if (Chance(_model.IsConnected ? 0.025 : 0.005))
        {
            bool answers = !_brokerOutages || !_model.Reconnect || Chance(0.5);
            return new HostEvent { Kind = HostEventKind.LinkDropped, BrokerAnswers = answers, AfterConnAck = answers ? Messages(0.3) : new() };
        }
        if (_model.WifiJoined && Chance(0.01))
        {
            return new HostEvent { Kind = HostEventKind.WifiLost };
        }
        if (_model.WifiMode == 1 && !_model.WifiJoined && Chance(0.01))
        {
            return new HostEvent { Kind = HostEventKind.WifiBack };
        }
        return null;
    }

    /// <summary>A command, weighted by what makes sense in the current link state.</summary>
    private GeneratedLine Command()
    {
        int s = _model.State;
        bool up = _model.IsConnected;
        var choices = new (int Weight, Func<GeneratedLine> Make)[]
        {
            (3, At), (2, Echo), (1, Version), (1, Restart), (3, Syslog),
            (s <= 2 ? 14 : 2, UserConfig),
            (s == 1 ? 5 : 1, Credential), (s == 1 ? 4 : 1, LongCredential), (s is 1 or 2 ? 6 : 1, ConnConfig),
            (s == 1 ? 3 : 1, Alpn), (s == 1 ? 3 : 1, Sni),
            (s is 1 or 2 ? 16 : s == 3 ? 12 : 2, Conn), (3, ConnQuery),
            (up ? 12 : 2, Pub), (up ? 7 : 1, PubRaw), (up ? 14 : 2, Sub), (3, SubQuery), (up ? 10 : 2, Unsub),
            (s == 0 ? 1 : 3, Clean),
            (1, WifiMode), (1, WifiModeQuery), (3, JoinAp), (1, JoinApQuery), (1, QuitAp), (2, SntpConfig), (1, SntpTime),
            (4, NoCommand),
        };
        int pick = _random.Next(choices.Sum(c => c.Weight));
        foreach (var (weight, make) in choices)
        {
            if (pick < weight)
            {
                return make();
            }
            pick -= weight;
        }
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>The broker's answers to this line; a tenth of the commands that wait on it are held, to see busy.</summary>
    private BrokerScript Script(GeneratedLine line)
    {
        var b = new BrokerScript { Hold = line.Verb is Verb.Conn or Verb.Pub or Verb.PubRaw or Verb.Sub or Verb.Unsub && Chance(0.1) };
        switch (line.Verb)
        {
            case Verb.Conn:
                b.Connect = Chance(0.75) ? ConnectOutcome.Connected
                    : Pick(ConnectOutcome.Timeout, ConnectOutcome.TlsFailure, ConnectOutcome.ClientStartFailed);
                if (b.Connect == ConnectOutcome.Connected && !_brokerOutages)
                {
                    b.AfterConnAck.AddRange(Messages(0.3));
                }
                break;
            case Verb.Pub:
                b.PublishOk = Chance(0.85);
                break;
            case Verb.PubRaw:
                b.PublishOk = Chance(0.85);
                if (_model.IsConnected && Chance(0.25))
                {
                    b.DuringRawData.AddRange(Messages(1));
                    if (_model.WifiJoined && Chance(0.3))
                    {
                        b.DuringRawData.Add(new HostEvent { Kind = HostEventKind.WifiLost });
                    }
                    // A drop whose reconnect would be written by another thread at an unknown moment is left out.
                    if (Chance(0.3) && (!_model.Reconnect || _brokerOutages))
                    {
                        b.DuringRawData.Add(new HostEvent { Kind = HostEventKind.LinkDropped, BrokerAnswers = false });
                        b.PublishOk = false;
                    }
                }
                break;
            case Verb.LongCredential:
                if (_model.WifiJoined && Chance(0.2))
                {
                    b.DuringRawData.Add(new HostEvent { Kind = HostEventKind.WifiLost });
                }
                break;
            case Verb.Sub:
                b.Grant = Chance(0.1) ? -1 : -2;
                break;
            case Verb.Unsub:
                b.UnsubscribeOk = Chance(0.9);
                break;
        }
        return b;
    }

    // ---- basic commands (docs/framing.md, docs/commands/basic.md)

    private GeneratedLine At() => Plain("AT", Verb.At, Pick("AT", "at", "At"));

    private GeneratedLine Echo()
    {
        if (Chance(0.1))
        {
            return NoCommand("ATE2", ExpectedError.Core(0x01090000));
        }
        bool on = Chance(0.5);
        return Plain(on ? "ATE1" : "ATE0", on ? Verb.EchoOn : Verb.EchoOff, Cased(on ? "ATE1" : "ATE0"));
    }

    private GeneratedLine Version() => Chance(0.1) ? NoCommand("AT+GMR?", ExpectedError.Plain) : Plain("AT+GMR", Verb.Version, "AT+GMR");

    /// <summary>Rare: it ends the session's link and settings.</summary>
    private GeneratedLine Restart() => Chance(0.3) ? Plain("AT+RST", Verb.Restart, "AT+RST") : At();

    private GeneratedLine Syslog()
    {
        if (Chance(0.3))
        {
            return Plain("AT+SYSLOG", Verb.SyslogQuery, "AT+SYSLOG?");
        }
        // Mostly on, so that error codes are usually visible.
        int value = _model.Syslog ? (Chance(0.3) ? 0 : 1) : (Chance(0.6) ? 1 : 0);
        var line = new GeneratedLine("AT+SYSLOG", Verb.SyslogSet, "") { Number = value };
        return Core(line, [N(value)],
            Fault.Late(0, "2", ExpectedError.Core(0x01070000)),
            Fault.Late(0, "x", ExpectedError.Core(0x01080000)),
            Fault.Late(0, "", ExpectedError.Core(0x01080000)),
            Fault.Late(-1, "0,1", ExpectedError.Core(0x01060000)));
    }

    // ---- MQTT commands (docs/commands/mqtt.md)

    private GeneratedLine UserConfig()
    {
        // 3 and 4 need certificates this module does not have: their connect fails with 0x6009.
        int scheme = Pick(1, 1, 1, 1, 2, 6, 7, 3, 4);
        string clientId = Word(0, 20), username = Word(0, 12), password = Word(0, 12), path = Pick("", "mqtt", "/ws");
        var line = new GeneratedLine("AT+MQTTUSERCFG", Verb.UserConfig, "")
        {
            Scheme = scheme, Path = path, ClientId = Latin(clientId), Username = Latin(username), Password = Latin(password),
        };
        string[] args = ["0", N(scheme), Q(clientId), Q(username), Q(password), N(_random.Next(2)), N(_random.Next(2)), Q(path)];
        if (Chance(0.02))
        {
            // A client ID the command takes (≤256 bytes) on a line longer than 256: never executed (docs/framing.md).
            args[2] = Q(new string('c', 240));
            return Finish(line, args);
        }
        return Mqtt(line, args, 8, 8,
            Fault.Late(1, "11", ExpectedError.Mqtt(0x6013)),
            Fault.Late(1, "0", ExpectedError.Mqtt(0x6013)),
            Fault.Late(1, "x", ExpectedError.Unparsable(1, 0x6012)),
            Fault.Late(1, "", ExpectedError.Mqtt(0x6012)),
            Fault.Late(2, "\"unterminated", ExpectedError.Unparsable(2, 0x6014)),
            Fault.Late(3, Q(new string('u', 65)), ExpectedError.Mqtt(0x6019)),
            Fault.Late(3, "user", ExpectedError.Unparsable(3, 0x6017)),
            Fault.Late(4, Q(new string('p', 65)), ExpectedError.Mqtt(0x601C)),
            Fault.Late(4, "\"a\"b\"", ExpectedError.Unparsable(4, 0x601A)),
            Fault.Late(5, "2", ExpectedError.Mqtt(0x601E)),
            Fault.Late(6, "-1", ExpectedError.Mqtt(0x6020)),
            Fault.Late(7, Q(new string('p', 33)), ExpectedError.Mqtt(0x6029)),
            Fault.Late(7, "path", ExpectedError.Unparsable(7, 0x6027)));
    }

    private GeneratedLine Credential()
    {
        var (field, readFailed) = CredentialField();
        string value = Word(0, 40);
        var line = new GeneratedLine("AT+MQTT" + field, Verb.Credential, "") { Field = field, Value = Latin(value) };
        return Mqtt(line, ["0", Q(value)], 2, 2,
            Fault.Late(1, "bare", ExpectedError.Unparsable(1, readFailed)),
            Fault.Late(1, "", ExpectedError.Mqtt(readFailed)),
            Fault.Late(1, "\"open", ExpectedError.Unparsable(1, readFailed)));
    }

    private GeneratedLine LongCredential()
    {
        var (field, readFailed) = CredentialField();
        int tooLong = readFailed + 2;
        int length = Chance(0.05) ? 1024 : _random.Next(1, 33);
        var line = new GeneratedLine("AT+MQTTLONG" + field, Verb.LongCredential, "") { Field = field, Raw = Bytes(length) };
        return Mqtt(line, ["0", N(length)], 2, 2,
            Fault.Late(1, "0", ExpectedError.Mqtt(tooLong)),
            Fault.Late(1, "1025", ExpectedError.Mqtt(tooLong)),
            Fault.Late(1, "\"5\"", ExpectedError.Unparsable(1, readFailed)),
            Fault.Late(1, "", ExpectedError.Mqtt(readFailed)));
    }

    private GeneratedLine ConnConfig()
    {
        var line = new GeneratedLine("AT+MQTTCONNCFG", Verb.ConnConfig, "");
        string[] args = ["0", N(Pick(0, 60, 120, 7200)), N(_random.Next(2)), Q(Pick("", "will/t")), Q(Pick("", "bye", "gone,now")),
            N(_random.Next(3)), N(_random.Next(2))];
        return Mqtt(line, args, 7, 7,
            Fault.Late(1, "7201", ExpectedError.Mqtt(0x602D)),
            Fault.Late(1, "-1", ExpectedError.Mqtt(0x602D)),
            Fault.Late(1, "x", ExpectedError.Unparsable(1, 0x602B)),
            Fault.Late(1, "", ExpectedError.Mqtt(0x602B)),
            Fault.Late(2, "2", ExpectedError.Mqtt(0x602F)),
            Fault.Late(3, Q(new string('w', 129)), ExpectedError.Mqtt(0x6032)),
            Fault.Late(3, "will", ExpectedError.Unparsable(3, 0x6030)),
            Fault.Late(4, Q(new string('m', 129)), ExpectedError.Mqtt(0x6035)),
            Fault.Late(5, "3", ExpectedError.Mqtt(0x6037)),
            Fault.Late(6, "2", ExpectedError.Mqtt(0x6039)));
    }

    /// <summary>docs/commands/mqtt.md: count 0–5 and exactly that many names, else plain ERROR; LinkID and state come first.</summary>
    private GeneratedLine Alpn()
    {
        var line = new GeneratedLine("AT+MQTTALPN", Verb.Alpn, "");
        int count = _random.Next(6);
        string[] args = ["0", N(count), .. Enumerable.Range(0, count).Select(i => Q(Pick("mqtt", "x-amzn-mqtt-ca", "h2")))];
        if (!Chance(SpoilRate))
        {
            return Finish(line, args);
        }
        if (Chance(0.3))
        {
            var (linkId, error) = LinkIdFault();
            args[0] = linkId;
            line.Early = error;
            return Finish(line, args);
        }
        line.Late = ExpectedError.Plain;
        return Finish(line, Pick<string[]>(
            ["0", "6", "\"a\"", "\"b\"", "\"c\"", "\"d\"", "\"e\"", "\"f\""],
            ["0", "2", "\"a\""],
            ["0", "1", "\"a\"", "\"b\""],
            ["0", "x"],
            ["0"],
            ["0", "1", "\"\""],
            ["0", "1", "bare"]));
    }

    private GeneratedLine Sni()
    {
        var line = new GeneratedLine("AT+MQTTSNI", Verb.Sni, "");
        return Mqtt(line, ["0", Q(Pick("", "broker.example"))], 2, 2,
            Fault.Late(1, "bare", ExpectedError.Core(0x01080001)));
    }

    private GeneratedLine Conn()
    {
        if (Chance(0.1))
        {
            return Plain("AT+MQTTCONN", Verb.ConnQuery, "AT+MQTTCONN?");
        }
        string host = Pick(Hosts);
        int port = Pick(1883, 8883, 0, 65535);
        bool reconnect = Chance(_brokerOutages ? 0.5 : 0.3);
        var line = new GeneratedLine("AT+MQTTCONN", Verb.Conn, "") { Host = host, Port = port, Reconnect = reconnect };
        string[] args = ["0", Q(host), N(port), reconnect ? "1" : "0"];
        if (Chance(0.3))
        {
            // The optional timeout; an empty one takes the default.
            args = [.. args, Chance(0.3) ? "" : N(_random.Next(3000, 60001))];
        }
        return Mqtt(line, args, 4, 5,
            Fault.Late(1, "broker", ExpectedError.Unparsable(1, 0x603A)),
            Fault.Late(1, "", ExpectedError.Mqtt(0x603A)),
            Fault.Late(1, "\"\"", ExpectedError.Mqtt(0x603B)),
            Fault.Late(1, Q(new string('h', 129)), ExpectedError.Mqtt(0x603C)),
            Fault.Late(1, "\"a_b\"", ExpectedError.Mqtt(0x6052)),
            Fault.Late(2, "\"1883\"", ExpectedError.Unparsable(2, 0x603D)),
            Fault.Late(2, "65536", ExpectedError.Mqtt(0x603E)),
            Fault.Late(2, "-1", ExpectedError.Mqtt(0x603E)),
            Fault.Late(3, "2", ExpectedError.Mqtt(0x6040)),
            Fault.Late(3, "x", ExpectedError.Unparsable(3, 0x603F)),
            Fault.Late(4, "2999", ExpectedError.Mqtt(0x600A)),
            Fault.Late(4, "60001", ExpectedError.Mqtt(0x600A)),
            Fault.Late(4, "x", ExpectedError.Unparsable(4, 0x600A)));
    }

    private GeneratedLine ConnQuery() => Plain("AT+MQTTCONN", Verb.ConnQuery, Cased("AT+MQTTCONN") + "?");

    private GeneratedLine Pub()
    {
        string topic = Pick(Topics);
        string data = Word(1, 30);
        int qos = _random.Next(3);
        if (Chance(0.04))
        {
            // docs/framing.md: a line of exactly 256 bytes with its CRLF is executed, one byte more is not.
            string head = $"AT+MQTTPUB=0,{Q(topic)},\"", tail = $"\",{qos},0\r\n";
            data = new string('d', 256 - head.Length - tail.Length + (Chance(0.5) ? 0 : 1));
            return new GeneratedLine("AT+MQTTPUB", Verb.Pub, head + data + tail) { Topic = topic, Qos = qos, Payload = Latin(data) };
        }
        var line = new GeneratedLine("AT+MQTTPUB", Verb.Pub, "") { Topic = topic, Qos = qos, Payload = Latin(data) };
        return Mqtt(line, ["0", Q(topic), Q(data), N(qos), N(_random.Next(2)), .. Timeout()], 5, 6,
            [.. TopicFaults(publish: true),
            Fault.Late(2, "data", ExpectedError.Unparsable(2, 0x6044)),
            Fault.Late(2, "", ExpectedError.Mqtt(0x6044)),
            Fault.Late(2, "\"\"", ExpectedError.Mqtt(0x6045)),
            Fault.Late(3, "3", ExpectedError.Mqtt(0x6048)),
            Fault.Late(3, "x", ExpectedError.Unparsable(3, 0x6047)),
            Fault.Late(4, "2", ExpectedError.Mqtt(0x604A)),
            Fault.Late(4, "x", ExpectedError.Unparsable(4, 0x6049)),
            Fault.Late(5, "100", ExpectedError.Mqtt(0x600A))]);
    }

    private GeneratedLine PubRaw()
    {
        string topic = Pick(Topics);
        int length = Chance(0.02) ? 8192 : _random.Next(1, 65);
        var line = new GeneratedLine("AT+MQTTPUBRAW", Verb.PubRaw, "") { Topic = topic, Raw = Bytes(length) };
        return Mqtt(line, ["0", Q(topic), N(length), N(_random.Next(3)), N(_random.Next(2)), .. Timeout()], 5, 6,
            [.. TopicFaults(publish: true),
            Fault.Late(2, "0", ExpectedError.Mqtt(0x604C)),
            Fault.Late(2, "-5", ExpectedError.Mqtt(0x604C)),
            Fault.Late(2, "x", ExpectedError.Unparsable(2, 0x604B)),
            Fault.Late(2, "8193", ExpectedError.Mqtt(0x6005)),
            Fault.Late(3, "3", ExpectedError.Mqtt(0x6048)),
            Fault.Late(4, "2", ExpectedError.Mqtt(0x604A)),
            Fault.Late(5, "1", ExpectedError.Mqtt(0x600A))]);
    }

    private GeneratedLine Sub()
    {
        if (Chance(0.1))
        {
            return SubQuery();
        }
        string topic = Pick(Filters);
        int qos = _random.Next(3);
        var line = new GeneratedLine("AT+MQTTSUB", Verb.Sub, "") { Topic = topic, Qos = qos };
        return Mqtt(line, ["0", Q(topic), N(qos), .. Timeout()], 3, 4,
            [.. TopicFaults(publish: false),
            Fault.Late(2, "3", ExpectedError.Mqtt(0x6048)),
            Fault.Late(2, "x", ExpectedError.Unparsable(2, 0x6047)),
            Fault.Late(3, "1", ExpectedError.Mqtt(0x600A))]);
    }

    private GeneratedLine SubQuery() => Plain("AT+MQTTSUB", Verb.SubQuery, Cased("AT+MQTTSUB") + "?");

    private GeneratedLine Unsub()
    {
        // Mostly a stored topic, so the table empties and the link reaches state 5.
        IReadOnlyList<string> stored = _model.Topics;
        string topic = stored.Count > 0 && Chance(0.75) ? stored[_random.Next(stored.Count)] : Pick(Filters);
        var line = new GeneratedLine("AT+MQTTUNSUB", Verb.Unsub, "") { Topic = topic };
        return Mqtt(line, ["0", Q(topic), .. Timeout()], 2, 3,
            [.. TopicFaults(publish: false), Fault.Late(2, "1", ExpectedError.Mqtt(0x600A))]);
    }

    private GeneratedLine Clean() => Mqtt(new GeneratedLine("AT+MQTTCLEAN", Verb.Clean, ""), ["0"], 1, 1);

    // ---- Wi-Fi and time (docs/commands/)

    private GeneratedLine WifiMode()
    {
        int mode = Chance(0.2) ? 0 : 1;
        var line = new GeneratedLine("AT+CWMODE", Verb.WifiMode, "") { Number = mode };
        return Core(line, [N(mode)],
            Fault.Late(0, "2", ExpectedError.Core(0x01070000)),
            Fault.Late(0, "x", ExpectedError.Core(0x01080000)));
    }

    private GeneratedLine WifiModeQuery() => Plain("AT+CWMODE", Verb.WifiModeQuery, "AT+CWMODE?");

    private GeneratedLine JoinAp()
    {
        var (ssid, key) = Pick(("home", "secret"), ("lab", ""), ("home", "wrong"), ("nowhere", "x"));
        var line = new GeneratedLine("AT+CWJAP", Verb.JoinAp, "") { Ssid = ssid, Key = key };
        return Core(line, [Q(ssid), Q(key)],
            Fault.Late(-1, Q(ssid), ExpectedError.Core(0x01060000)),
            Fault.Late(0, ssid, ExpectedError.Core(0x01080000)),
            Fault.Late(0, "\"\"", ExpectedError.Core(0x01070000)),
            Fault.Late(0, Q(new string('s', 33)), ExpectedError.Core(0x01070000)),
            Fault.Late(1, Q(new string('k', 65)), ExpectedError.Core(0x01070001)));
    }

    private GeneratedLine JoinApQuery() => Plain("AT+CWJAP", Verb.JoinApQuery, "AT+CWJAP?");

    private GeneratedLine QuitAp() => Plain("AT+CWQAP", Verb.QuitAp, "AT+CWQAP");

    private GeneratedLine SntpConfig()
    {
        var line = new GeneratedLine("AT+CIPSNTPCFG", Verb.SntpConfig, "");
        string[] args = Pick<string[]>(["1"], ["0"], ["1", "8"], ["1", "-12", "\"pool.ntp.org\""], ["1", "", "\"time.example\"", "\"10.0.0.5\""]);
        return Core(line, args,
            Fault.Late(0, "2", ExpectedError.Core(0x01070000)),
            Fault.Late(0, "x", ExpectedError.Core(0x01080000)),
            Fault.Late(-1, "1,15", ExpectedError.Core(0x01070001)),
            Fault.Late(-1, "1,0,\"\"", ExpectedError.Core(0x01070002)),
            Fault.Late(-1, "1,0,\"a b\"", ExpectedError.Core(0x01070002)),
            Fault.Late(-1, "1,0,\"a\",\"b\",\"c\",\"d\"", ExpectedError.Core(0x01060000)));
    }

    private GeneratedLine SntpTime() => Plain("AT+CIPSNTPTIME", Verb.SntpTime, "AT+CIPSNTPTIME?");

    /// <summary>docs/framing.md: lines that are no command the module has, or name one in a form it lacks.</summary>
    private GeneratedLine NoCommand()
    {
        if (Chance(0.1))
        {
            return NoCommand("(overlong)", ExpectedError.Core(0x01030000), "AT+" + new string('Z', _random.Next(255, 700)));
        }
        var (text, error) = Pick(
            ("AT+NOPE", ExpectedError.Core(0x01090000)),
            ("AT+MQTTFOO=0", ExpectedError.Core(0x01090000)),
            ("AT\nAT", ExpectedError.Core(0x01090000)),
            ("hello", ExpectedError.Core(0x01030000)),
            ("T", ExpectedError.Core(0x01030000)),
            ("", ExpectedError.Plain),
            ("AT+MQTTPUB?", ExpectedError.Plain),
            ("AT+MQTTCLEAN", ExpectedError.Plain),
            ("AT+MQTTSUB=?", ExpectedError.Plain),
            ("AT+MQTTCONNCFG?", ExpectedError.Plain),
            ("AT+MQTTUSERCFG", ExpectedError.Plain),
            ("AT+SYSLOG", ExpectedError.Plain));
        return NoCommand(text.Length == 0 ? "(empty line)" : text, error, text);
    }

    private static GeneratedLine NoCommand(string name, ExpectedError error, string? text = null) =>
        new(name, Verb.NoCommand, (text ?? name) + "\r\n") { Early = error };

    // ---- building lines

    /// <summary>A fault of one parameter (index -1: the whole parameter list is replaced).</summary>
    private sealed record Fault(int Index, string Text, ExpectedError Error)
    {
        public static Fault Late(int index, string text, ExpectedError error) => new(index, text, error);
    }

    private static GeneratedLine Plain(string name, Verb verb, string text) => new(name, verb, text + "\r\n");

    /// <summary>
    /// An MQTT command: as given, or (one time in eight) with one fault — the parameter count
    /// (0x6008) or LinkID before the state is looked at, or one of <paramref name="faults"/> after it.
    /// </summary>
    private GeneratedLine Mqtt(GeneratedLine line, string[] args, int min, int max, params Fault[] faults)
    {
        if (!Chance(SpoilRate))
        {
            return Finish(line, args);
        }
        int kind = _random.Next(10);
        if (kind < 2)
        {
            // min 1: an empty list is still one (omitted) parameter, so only "too many" exists.
            args = min > 1 && Chance(0.5) ? args[..(min - 1)] : [.. args, .. Enumerable.Repeat("0", max + 1 - args.Length)];
            line.Early = ExpectedError.Mqtt(0x6008);
        }
        else if (kind < 4 || faults.Length == 0)
        {
            (args[0], line.Early) = LinkIdFault();
        }
        else
        {
            args = Apply(args, Pick(faults), line);
        }
        return Finish(line, args);
    }

    /// <summary>A command of the AT core (docs/commands/): no link state, its faults are all parameter faults.</summary>
    private GeneratedLine Core(GeneratedLine line, string[] args, params Fault[] faults) =>
        Finish(line, Chance(SpoilRate) ? Apply(args, Pick(faults), line) : args);

    private static string[] Apply(string[] args, Fault fault, GeneratedLine line)
    {
        line.Late = fault.Error;
        if (fault.Index < 0)
        {
            return [fault.Text];
        }
        // A fault of the optional trailing timeout adds it.
        string[] spoilt = new string[Math.Max(args.Length, fault.Index + 1)];
        args.CopyTo(spoilt, 0);
        spoilt[fault.Index] = fault.Text;
        return spoilt;
    }

    private GeneratedLine Finish(GeneratedLine line, string[] args)
    {
        line.Text = Cased(line.Name) + "=" + string.Join(",", args) + "\r\n";
        return line;
    }

    private (string, ExpectedError) LinkIdFault() => Pick(
        ("1", ExpectedError.Mqtt(0x6011)),
        ("-1", ExpectedError.Mqtt(0x6011)),
        ("\"0\"", ExpectedError.Unparsable(0, 0x6010)),
        ("x", ExpectedError.Unparsable(0, 0x6010)),
        ("", ExpectedError.Mqtt(0x6010)));

    /// <summary>Parameter 1 as a topic: to publish to (no wildcard, not empty: 0x600C) or a filter (empty: 0x6042).</summary>
    private static Fault[] TopicFaults(bool publish) =>
    [
        Fault.Late(1, "topic", ExpectedError.Unparsable(1, 0x6041)),
        Fault.Late(1, "", ExpectedError.Mqtt(0x6041)),
        Fault.Late(1, "\"a\"b\"", ExpectedError.Unparsable(1, 0x6041)),
        Fault.Late(1, Q(new string('t', 129)), ExpectedError.Mqtt(0x6043)),
        Fault.Late(1, "\"\"", ExpectedError.Mqtt(publish ? 0x600C : 0x6042)),
        .. publish ? [Fault.Late(1, "\"a/#\"", ExpectedError.Mqtt(0x600C)), Fault.Late(1, "\"a/+\"", ExpectedError.Mqtt(0x600C))] : Array.Empty<Fault>(),
    ];

    /// <summary>The optional timeout_ms, mostly left out.</summary>
    private string[] Timeout() => Chance(0.2) ? [N(_random.Next(3000, 60001))] : [];

    private (string Field, int ReadFailed) CredentialField() => Pick(("CLIENTID", 0x6014), ("USERNAME", 0x6017), ("PASSWORD", 0x601A));

    private List<HostEvent> Messages(double chance)
    {
        var messages = new List<HostEvent>();
        while (Chance(chance) && messages.Count < 3)
        {
            messages.Add(Message());
            chance = 0.4;
        }
        return messages;
    }

    private HostEvent Message() => new()
    {
        Kind = HostEventKind.Message,
        Topic = Pick(Topics),
        Payload = Bytes(_random.Next(0, 40)),
        Qos = _random.Next(3),
    };

    /// <summary>docs/framing.md: command names are matched case-insensitively.</summary>
    private string Cased(string name) => Chance(0.05) ? name.ToLowerInvariant() : name;

    /// <summary>An integer as docs/framing.md allows it: decimal, sometimes 0x hex.</summary>
    private string N(int value) => value >= 0 && Chance(0.1) ? $"0x{value:X}" : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A quoted string; '\' escapes the comma, quote and backslash (docs/framing.md).</summary>
    private static string Q(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace(",", "\\,") + "\"";

    /// <summary>A value of letters and digits, now and then with a comma, quote or backslash to escape.</summary>
    private string Word(int min, int max)
    {
        const string plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./";
        var word = new StringBuilder();
        int length = _random.Next(min, max + 1);
        for (int i = 0; i < length; i++)
        {
            word.Append(Chance(0.05) ? Pick(',', '"', '\\', ' ') : plain[_random.Next(plain.Length)]);
        }
        return word.ToString();
    }

    private byte[] Bytes(int length)
    {
        byte[] bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Latin(string text) => Encoding.Latin1.GetBytes(text);

    private bool Chance(double p) => _random.NextDouble() < p;

    private T Pick<T>(params T[] choices) => choices[_random.Next(choices.Length)];
}
