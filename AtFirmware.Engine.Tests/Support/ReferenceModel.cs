using System.Text;

namespace EspAtNano.Tests.Support;

/// <summary>
/// A second, independent statement of docs/link-states.md — which command each link state accepts, with
/// which error code otherwise, and where it leads — and of docs/urcs.md, which URCs appear and where,
/// with what docs/framing.md, docs/commands/mqtt.md and docs/commands/basic.md say about an answer's bytes. Given one generated line (or outside
/// event) and the broker's scripted answers, it predicts the state after it and what the module
/// writes. It knows nothing of the engine: where the engine and this disagree, one of them
/// misreads the documentation.
/// </summary>
public sealed class ReferenceModel
{
    public const string Ok = "\r\nOK\r\n";
    public const string Prompt = "\r\nOK\r\n\r\n>";
    public const string Busy = "\r\nbusy p...\r\n";
    public const string MqttDisconnected = "+MQTTDISCONNECTED:0\r\n";
    private const string Ready = "\r\nready\r\n";
    private const string WifiConnected = "WIFI CONNECTED\r\nWIFI GOT IP\r\n";
    private const string WifiDisconnect = "WIFI DISCONNECT\r\n";
    private const int MaxLineLength = 256;

    private readonly List<(string Topic, int Qos)> _topics = new();
    private readonly int _topicCapacity;
    private readonly IReadOnlyDictionary<string, string> _networks;

    // What USERCFG and CONN stored: the link's configuration (docs/commands/mqtt.md).
    private int _scheme;
    private string _path = "";
    private byte[] _clientId = [];
    private byte[] _username = [];
    private byte[] _password = [];
    private string _host = "";
    private int _port;

    public ReferenceModel(bool echo, int topicCapacity, IReadOnlyDictionary<string, string> networks)
    {
        Echo = echo;
        _topicCapacity = topicCapacity;
        _networks = networks;
    }

    /// <summary>The link state, 0–6.</summary>
    public int State { get; private set; }

    public bool Echo { get; private set; }

    public bool Syslog { get; private set; } = true;

    /// <summary>The reconnect flag of the last accepted AT+MQTTCONN.</summary>
    public bool Reconnect { get; private set; }

    /// <summary>The link dropped with reconnect=1 and the broker has refused the automatic reconnect so far.</summary>
    public bool BrokerDown { get; private set; }

    public int WifiMode { get; private set; } = 1;

    /// <summary>The host has been told WIFI CONNECTED and not WIFI DISCONNECT since; the session's module joined its saved AP at boot.</summary>
    public bool WifiJoined { get; private set; } = true;

    public bool IsConnected => State >= 4;

    public IReadOnlyList<string> Topics => _topics.Select(t => t.Topic).ToList();

    public bool TopicTableFull => _topics.Count >= _topicCapacity;

    public Expectation Expect(GeneratedLine line, BrokerScript broker)
    {
        var e = new Expectation { Written = Echo ? line.Text : "" };
        // docs/framing.md: a NUL discards the partial line before it; a line over 256 bytes is never executed.
        string command = line.Text[(line.Text.LastIndexOf('\0') + 1)..];
        ExpectedError? refused = command.Length > MaxLineLength
            ? ExpectedError.Core(0x01030000)
            : line.Early ?? Refusal(line.Verb) ?? line.Late;
        if (refused != null)
        {
            Answer(e, refused.Render(Syslog));
        }
        else
        {
            Execute(line, broker, e);
        }
        e.State = State;
        return e;
    }

    public Expectation Expect(HostEvent happening)
    {
        var e = new Expectation { Result = "(event)" };
        e.Written = Happen(happening);
        e.State = State;
        return e;
    }

    /// <summary>docs/link-states.md's "accepted in" column (and docs/commands/basic.md: joining needs station mode); null when accepted.</summary>
    private ExpectedError? Refusal(Verb verb)
    {
        int code = verb switch
        {
            Verb.UserConfig => State <= 2 ? 0 : 0x6002,
            Verb.Credential or Verb.LongCredential or Verb.Alpn or Verb.Sni => State == 1 ? 0 : 0x6002,
            Verb.ConnConfig => State == 0 ? 0x6001 : State <= 2 ? 0 : 0x6002,
            Verb.Conn => State == 0 ? 0x6001 : IsConnected ? 0x6004 : State == 3 && Reconnect ? 0x6051 : 0,
            Verb.Pub or Verb.PubRaw or Verb.Sub or Verb.Unsub => IsConnected ? 0 : 0x6006,
            Verb.Clean => State == 0 ? 0x6003 : 0,
            _ => 0,
        };
        if (code != 0)
        {
            return ExpectedError.Mqtt(code);
        }
        return verb == Verb.JoinAp && WifiMode == 0 ? ExpectedError.Plain : null;
    }

    private void Execute(GeneratedLine line, BrokerScript broker, Expectation e)
    {
        switch (line.Verb)
        {
            case Verb.At or Verb.Alpn or Verb.Sni or Verb.SntpConfig:
                Answer(e, Ok);
                break;
            case Verb.EchoOff or Verb.EchoOn:
                Answer(e, Ok);
                Echo = line.Verb == Verb.EchoOn;
                break;
            case Verb.Version or Verb.JoinApQuery or Verb.SntpTime:
                e.EndsWith = Ok;
                e.Result = "OK";
                break;
            case Verb.Restart:
                // The module leaves its AP in the reboot and joins its saved AP again after ready (auto-connect is on
                // and the saved AP is the last one joined, so it is always there to join).
                Answer(e, Ok + Ready + WifiConnected);
                WifiJoined = true;
                ForgetLink();
                Echo = true;
                Syslog = true;
                WifiMode = 1;
                break;
            case Verb.SyslogQuery:
                Answer(e, $"+SYSLOG:{(Syslog ? 1 : 0)}\r\n" + Ok);
                break;
            case Verb.SyslogSet:
                Answer(e, Ok);
                Syslog = line.Number == 1;
                break;
            case Verb.UserConfig:
                _scheme = line.Scheme;
                _path = line.Path;
                _clientId = line.ClientId;
                _username = line.Username;
                _password = line.Password;
                State = 1;
                Answer(e, Ok);
                break;
            case Verb.Credential:
                SetCredential(line.Field, line.Value);
                Answer(e, Ok);
                break;
            case Verb.LongCredential:
                e.RawData = true;
                SetCredential(line.Field, line.Raw);
                Answer(e, Prompt + RawWindow(broker) + Ok);
                e.Result = "prompt, OK";
                break;
            case Verb.ConnConfig:
                State = 2;
                Answer(e, Ok);
                break;
            case Verb.Conn:
                Connect(line, broker, e);
                break;
            case Verb.ConnQuery:
                Answer(e, (State <= 2 ? $"+MQTTCONN:0,{State},{_scheme},\"\",\"\",\"\",0" : $"+MQTTCONN:0,{State},{Endpoint()}") + "\r\n" + Ok);
                break;
            case Verb.Pub:
                e.AsksBroker = true;
                e.Published = line.Payload;
                AnswerLater(e, broker.PublishOk ? Ok : ExpectedError.Mqtt(0x600C).Render(Syslog));
                break;
            case Verb.PubRaw:
                e.RawData = true;
                e.Written += Prompt + RawWindow(broker);
                e.AsksBroker = true;
                e.Published = line.Raw;
                e.AfterBroker = broker.PublishOk ? "+MQTTPUB:OK\r\n" : "+MQTTPUB:FAIL\r\n";
                e.Result = "prompt, " + e.AfterBroker.TrimEnd();
                break;
            case Verb.Sub:
                Subscribe(line, broker, e);
                break;
            case Verb.SubQuery:
                string lines = State <= 2 ? $"+MQTTSUB:0,{State},\"\",0\r\n"
                    : string.Concat(_topics.Select(t => $"+MQTTSUB:0,{State},\"{t.Topic}\",{t.Qos}\r\n"));
                Answer(e, lines + Ok);
                break;
            case Verb.Unsub:
                Unsubscribe(line, broker, e);
                break;
            case Verb.Clean:
                ForgetLink();
                Answer(e, Ok);
                break;
            case Verb.WifiMode:
                // Off to station joins the saved AP (<auto_connect> defaults to 1).
                bool rejoins = WifiMode == 0 && line.Number == 1;
                Answer(e, Ok + (line.Number == 0 && WifiJoined ? WifiDisconnect : "") + (rejoins ? WifiConnected : ""));
                WifiJoined = (WifiJoined && line.Number != 0) || rejoins;
                WifiMode = line.Number;
                break;
            case Verb.WifiModeQuery:
                Answer(e, $"+CWMODE:{WifiMode}\r\n" + Ok);
                break;
            case Verb.JoinAp:
                Join(line, e);
                break;
            case Verb.QuitAp:
                Answer(e, Ok + (WifiJoined ? WifiDisconnect : ""));
                WifiJoined = false;
                break;
            default:
                throw new InvalidOperationException("the generator made a valid line the model does not know: " + line.Verb);
        }
    }

    /// <summary>docs/link-states.md, docs/commands/mqtt.md: stores the endpoint, then connects; a failure leaves state 2 with everything kept.</summary>
    private void Connect(GeneratedLine line, BrokerScript broker, Expectation e)
    {
        _host = line.Host;
        _port = line.Port;
        Reconnect = line.Reconnect;
        if (!WifiJoined)
        {
            // docs/commands/mqtt.md#atmqttconn: without an IP address the connect fails before the broker is asked.
            State = 2;
            Answer(e, MqttDisconnected + ExpectedError.Mqtt(0x600B).Render(Syslog));
            return;
        }
        if (NeedsCertificate(_scheme))
        {
            // docs/commands/mqtt.md#atmqttusercfg: the module holds no certificate files, so these schemes never reach the broker.
            State = 2;
            Answer(e, MqttDisconnected + ExpectedError.Mqtt(0x6009).Render(Syslog));
            return;
        }
        e.AsksBroker = true;
        e.ConnectsBroker = true;
        e.Credentials = [_clientId, _username, _password];
        if (broker.Connect == ConnectOutcome.Connected)
        {
            State = _topics.Count > 0 ? 6 : 4;
            AnswerLater(e, ConnectedUrc() + Ok + string.Concat(broker.AfterConnAck.Select(m => SubRecv(m.Topic, m.Payload))));
            return;
        }
        State = 2;
        int code = broker.Connect switch
        {
            ConnectOutcome.Timeout => 0x6057,
            ConnectOutcome.TlsFailure => 0x6009,
            _ => 0x600B,
        };
        AnswerLater(e, MqttDisconnected + ExpectedError.Mqtt(code).Render(Syslog));
    }

    private void Subscribe(GeneratedLine line, BrokerScript broker, Expectation e)
    {
        if (_topics.Any(t => t.Topic == line.Topic))
        {
            Answer(e, "ALREADY SUBSCRIBE\r\n" + Ok);
        }
        else if (TopicTableFull)
        {
            Answer(e, ExpectedError.Mqtt(0x600D).Render(Syslog));
        }
        else
        {
            e.AsksBroker = true;
            if (broker.Grant == -1)
            {
                AnswerLater(e, ExpectedError.Mqtt(0x600D).Render(Syslog));
                return;
            }
            _topics.Add((line.Topic, line.Qos));
            State = 6;
            AnswerLater(e, Ok);
        }
    }

    private void Unsubscribe(GeneratedLine line, BrokerScript broker, Expectation e)
    {
        int index = _topics.FindIndex(t => t.Topic == line.Topic);
        if (index < 0)
        {
            Answer(e, "NO UNSUBSCRIBE\r\n" + Ok);
            return;
        }
        e.AsksBroker = true;
        if (!broker.UnsubscribeOk)
        {
            AnswerLater(e, ExpectedError.Mqtt(0x600E).Render(Syslog));
            return;
        }
        _topics.RemoveAt(index);
        if (_topics.Count == 0)
        {
            State = 5;
        }
        AnswerLater(e, Ok);
    }

    /// <summary>docs/commands/basic.md: a join drops the AP first; +CWJAP:2 wrong password, 3 AP not found.</summary>
    private void Join(GeneratedLine line, Expectation e)
    {
        string before = WifiJoined ? WifiDisconnect : "";
        bool known = _networks.TryGetValue(line.Ssid, out string? key);
        WifiJoined = known && key == line.Key;
        Answer(e, before + (WifiJoined ? WifiConnected + Ok : $"+CWJAP:{(known ? 2 : 3)}\r\n" + ExpectedError.Plain.Render(Syslog)));
    }

    /// <summary>What happens outside the module; the URCs it writes (docs/urcs.md).</summary>
    private string Happen(HostEvent happening)
    {
        switch (happening.Kind)
        {
            case HostEventKind.Message:
                return SubRecv(happening.Topic, happening.Payload);
            case HostEventKind.LinkDropped:
                if (!IsConnected)
                {
                    return "";
                }
                State = 3;
                if (!Reconnect)
                {
                    return MqttDisconnected;
                }
                if (!happening.BrokerAnswers)
                {
                    BrokerDown = true;
                    return MqttDisconnected;
                }
                return MqttDisconnected + Reconnected(happening);
            case HostEventKind.BrokerBack:
                BrokerDown = false;
                return Reconnected(happening);
            case HostEventKind.WifiLost:
                bool wasJoined = WifiJoined;
                WifiJoined = false;
                return wasJoined ? WifiDisconnect : "";
            case HostEventKind.WifiBack:
                bool told = WifiJoined;
                WifiJoined = true;
                return told ? "" : WifiConnected;
            default:
                throw new InvalidOperationException(happening.Kind.ToString());
        }
    }

    /// <summary>docs/urcs.md: stored topics are subscribed again before +MQTTCONNECTED; messages of the new connection follow it.</summary>
    private string Reconnected(HostEvent happening)
    {
        State = _topics.Count > 0 ? 6 : 4;
        return ConnectedUrc() + string.Concat(happening.AfterConnAck.Select(m => SubRecv(m.Topic, m.Payload)));
    }

    /// <summary>docs/urcs.md: URCs of a raw-data window are held and written, in order, once its last byte is in.</summary>
    private string RawWindow(BrokerScript broker) => string.Concat(broker.DuringRawData.Select(Happen));

    private void SetCredential(string field, byte[] value)
    {
        switch (field)
        {
            case "CLIENTID": _clientId = value; break;
            case "USERNAME": _username = value; break;
            default: _password = value; break;
        }
    }

    /// <summary>MQTTCLEAN and AT+RST: state 0, configuration and topics forgotten, automatic reconnect over.</summary>
    private void ForgetLink()
    {
        State = 0;
        _scheme = 0;
        _path = "";
        _clientId = _username = _password = [];
        _host = "";
        _port = 0;
        Reconnect = false;
        BrokerDown = false;
        _topics.Clear();
    }

    /// <summary>docs/commands/mqtt.md#atmqttusercfg: 3/5/8/10 check the server against a CA, 4/5/9/10 present a client certificate.</summary>
    private static bool NeedsCertificate(int scheme) => scheme is 3 or 4 or 5 or 8 or 9 or 10;

    private string ConnectedUrc() => $"+MQTTCONNECTED:0,{Endpoint()}\r\n";

    /// <summary>scheme,"host","port","path",reconnect — the path "" for TCP/TLS, starting with / for WebSocket (docs/commands/mqtt.md).</summary>
    private string Endpoint()
    {
        string path = _scheme < 6 ? "" : _path.StartsWith('/') ? _path : "/" + _path;
        return $"{_scheme},\"{_host}\",\"{_port}\",\"{path}\",{(Reconnect ? 1 : 0)}";
    }

    private static string SubRecv(string topic, byte[] payload) =>
        $"+MQTTSUBRECV:0,\"{topic}\",{payload.Length},{Encoding.Latin1.GetString(payload)}\r\n";

    private static void Answer(Expectation e, string text)
    {
        e.Written += text;
        e.Result = Outcome(text);
    }

    private static void AnswerLater(Expectation e, string text)
    {
        e.AfterBroker = text;
        e.Result = Outcome(text);
    }

    private static string Outcome(string text) => text.Contains("\r\nERROR\r\n") ? "ERROR" : "OK";
}
