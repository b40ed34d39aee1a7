using System.Globalization;
using System.Text;

namespace EspAtNano.Tests.Support;

/// <summary>
/// Drives one generated session through a Module and checks every step against the reference
/// model: the bytes written (exactly, or the final result where the text is the platform's), the
/// link state, and what reached the broker. The first difference fails with the seed, the step,
/// every input so far and expected against actual.
/// </summary>
public sealed class PropertySession : IDisposable
{
    private static readonly string[] LinesWhileBusy = { "AT\r\n", "AT+MQTTSUB?\r\n", "AT+MQTTPUB=0,\"t\",\"x\",0,0\r\n" };

    private readonly int _seed;
    private readonly string _kind;
    private readonly Random _random;
    private int _savedApJoins;
    private readonly Module _m;
    private readonly ReferenceModel _model;
    private readonly LineGenerator _generator;
    private readonly SessionStatistics _statistics;
    private readonly List<string> _transcript = new();

    public PropertySession(int seed, bool brokerOutages, SessionStatistics statistics)
    {
        _seed = seed;
        _kind = brokerOutages ? "with broker outages" : "with messages after CONNACK";
        _random = new Random(seed);
        _statistics = statistics;
        bool echo = _random.Next(2) == 0;
        int capacity = _random.Next(4) == 0 ? 3 : 10;
        _m = new Module(echo, o => o.TopicCapacity = capacity);
        _model = new ReferenceModel(echo, capacity, _m.Wifi.Networks);
        _generator = new LineGenerator(_random, _model, brokerOutages);
    }

    public void Run(int steps)
    {
        for (int i = 0; i < steps; i++)
        {
            SessionStep step = _generator.Next();
            int stateBefore = _model.State;
            Expectation e = step.IsCommand ? _model.Expect(step.Line, step.Broker) : _model.Expect(step.Event);
            _transcript.Add(step.ToString());
            string output = step.IsCommand ? Perform(step.Line, step.Broker, e) : Perform(step.Event, e);
            Check(step, e, output);
            _statistics.Count(step, e, stateBefore);
        }
        _statistics.CountSession(_m.Mqtt.CallsSnapshot());
    }

    public void Dispose() => _m.Dispose();

    private string Perform(GeneratedLine line, BrokerScript broker, Expectation e)
    {
        ScriptedMqtt mqtt = _m.Mqtt;
        if (e.ConnectsBroker)
        {
            mqtt.ConnectResult = broker.Connect;
            mqtt.DuringConnect = Deliveries(broker.AfterConnAck);
        }
        mqtt.PublishResult = broker.PublishOk;
        mqtt.SubscribeGrant = broker.Grant;
        mqtt.UnsubscribeResult = broker.UnsubscribeOk;
        bool busy = broker.Hold && e.AsksBroker;
        if (busy)
        {
            mqtt.Gate = new ManualResetEventSlim(false);
        }
        try
        {
            byte[] text = Encoding.Latin1.GetBytes(line.Text);
            if (!e.RawData)
            {
                FeedInChunks(text);
            }
            else if (broker.DuringRawData.Count == 0)
            {
                FeedInChunks([.. text, .. line.Raw]);
            }
            else
            {
                FeedInChunks(text);
                FeedRawAround(line.Raw, broker.DuringRawData);
            }
            if (busy)
            {
                // The broker has not answered, so the module is still busy with the command (docs/framing.md).
                FeedInChunks(Encoding.Latin1.GetBytes(LinesWhileBusy[_random.Next(LinesWhileBusy.Length)]));
            }
        }
        finally
        {
            mqtt.Gate?.Set();
        }
        if (!_m.Engine.WaitIdle(10000))
        {
            Fail("the command did not finish within 10 s", e.Output(busy), _m.Uart.Take());
        }
        mqtt.Gate = null;
        mqtt.DuringConnect = null;
        mqtt.SubscribeGrant = -2;
        // AT+RST and AT+CWMODE=1 from 0 start the saved AP's join in the background: it ends now.
        if (_m.Wifi.SavedApJoinsRequested > _savedApJoins)
        {
            _savedApJoins = _m.Wifi.SavedApJoinsRequested;
            _m.Wifi.FinishSavedApJoin();
        }
        return _m.Uart.Take();
    }

    private string Perform(HostEvent happening, Expectation e)
    {
        Happen(happening, linkWasUp: e.Written.Contains(ReferenceModel.MqttDisconnected));
        // An automatic reconnect writes from its own thread, and URCs that arrive while a connect
        // attempt runs (say, a refused automatic reconnect) follow its end: wait for them.
        if (e.Written.Length > 0 && !_m.Uart.WaitFor(e.Written, 10000))
        {
            Fail("what was expected was not written within 10 s", e.Written, _m.Uart.Take());
        }
        _m.Mqtt.DuringConnect = null;
        return _m.Uart.Take();
    }

    private void Happen(HostEvent happening, bool linkWasUp)
    {
        ScriptedMqtt mqtt = _m.Mqtt;
        switch (happening.Kind)
        {
            case HostEventKind.Message:
                mqtt.Deliver(happening.Topic, happening.Payload, happening.Qos);
                break;
            case HostEventKind.LinkDropped:
                if (linkWasUp)
                {
                    // Only a link that was up starts automatic reconnects: script their answer first.
                    mqtt.ConnectResult = happening.BrokerAnswers ? ConnectOutcome.Connected : ConnectOutcome.Timeout;
                    mqtt.DuringConnect = Deliveries(happening.AfterConnAck);
                }
                mqtt.DropLink();
                break;
            case HostEventKind.BrokerBack:
                mqtt.ConnectResult = ConnectOutcome.Connected;
                break;
            case HostEventKind.WifiLost:
                _m.Wifi.LoseAp();
                break;
            case HostEventKind.WifiBack:
                _m.Wifi.Reconnect("home");
                break;
        }
    }

    /// <summary>
    /// The raw block in chunks, with each event after a random number of its bytes but before the
    /// last. A PUBRAW window opens only while the link is up.
    /// </summary>
    private void FeedRawAround(byte[] raw, List<HostEvent> happenings)
    {
        int[] cuts = happenings.Select(_ => _random.Next(raw.Length)).Order().ToArray();
        int fed = 0;
        for (int i = 0; i < happenings.Count; i++)
        {
            FeedInChunks(raw[fed..cuts[i]]);
            fed = cuts[i];
            Happen(happenings[i], linkWasUp: true);
        }
        FeedInChunks(raw[fed..]);
    }

    /// <summary>As a UART delivers: in pieces of random size.</summary>
    private void FeedInChunks(byte[] bytes)
    {
        for (int p = 0; p < bytes.Length;)
        {
            int n = Math.Min(_random.Next(3) == 0 ? bytes.Length : _random.Next(1, 40), bytes.Length - p);
            _m.Feed(bytes[p..(p + n)]);
            p += n;
        }
    }

    private Action? Deliveries(List<HostEvent> messages) =>
        messages.Count == 0 ? null : () => messages.ForEach(m => _m.Mqtt.Deliver(m.Topic, m.Payload, m.Qos));

    private void Check(SessionStep step, Expectation e, string output)
    {
        bool busy = step.Broker?.Hold == true && e.AsksBroker;
        string expected = e.Output(busy);
        if (e.EndsWith == null ? output != expected : !(output.StartsWith(e.Written, StringComparison.Ordinal) && output.EndsWith(e.EndsWith, StringComparison.Ordinal)
            && !output[e.Written.Length..^e.EndsWith.Length].Contains("ERROR")))
        {
            Fail("the module's answer differs", e.EndsWith == null ? expected : e.Written + "…" + e.EndsWith, output);
        }
        if (_m.State != e.State)
        {
            Fail("the link state differs", e.State.ToString(CultureInfo.InvariantCulture), _m.State.ToString(CultureInfo.InvariantCulture));
        }
        if (e.Published != null && !_m.Mqtt.LastPayload.AsSpan().SequenceEqual(e.Published))
        {
            Fail("the broker got another payload", Latin(e.Published), Latin(_m.Mqtt.LastPayload));
        }
        if (e.Credentials != null)
        {
            MqttConnectRequest sent = _m.Mqtt.LastConnect;
            string[] want = e.Credentials.Select(Latin).ToArray(), got = [Latin(sent.ClientId), Latin(sent.Username), Latin(sent.Password)];
            if (!want.SequenceEqual(got))
            {
                Fail("the connect request carried other credentials", string.Join(" / ", want), string.Join(" / ", got));
            }
        }
        string? broken = _m.Log.Snapshot().FirstOrDefault(l => l.Contains("final result"));
        if (broken != null)
        {
            Fail("a handler broke the one-final-result rule: " + broken, "", "");
        }
    }

    private void Fail(string what, string expected, string actual)
    {
        var message = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"seed {_seed} (session {_kind}), step {_transcript.Count - 1}: {what}")
            .AppendLine(CultureInfo.InvariantCulture, $"expected <{Show(expected)}>")
            .AppendLine(CultureInfo.InvariantCulture, $"but got  <{Show(actual)}>")
            .AppendLine("input so far, oldest first:");
        for (int i = 0; i < _transcript.Count; i++)
        {
            message.AppendLine(CultureInfo.InvariantCulture, $"  {i,4}: {_transcript[i]}");
        }
        throw new AssertFailedException(message.ToString());
    }

    private static string Latin(byte[]? bytes) => bytes == null ? "(none)" : Encoding.Latin1.GetString(bytes);
}
