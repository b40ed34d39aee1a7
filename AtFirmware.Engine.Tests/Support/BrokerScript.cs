namespace EspAtNano.Tests.Support;

/// <summary>What happens around the module in a session: the broker, the access point, and when.</summary>
public enum HostEventKind
{
    /// <summary>The broker delivers a message (only while the link is up).</summary>
    Message,
    /// <summary>The connection drops; with reconnect=1 the broker answers the automatic reconnect, or does not.</summary>
    LinkDropped,
    /// <summary>The broker accepts the automatic reconnect it refused so far.</summary>
    BrokerBack,
    WifiLost,
    WifiBack,
}

public sealed class HostEvent
{
    public HostEventKind Kind { get; init; }
    public string Topic { get; init; } = "";
    public byte[] Payload { get; init; } = [];
    public int Qos { get; init; }

    /// <summary>For LinkDropped: whether the broker accepts the automatic reconnect at once (else BrokerBack comes later).</summary>
    public bool BrokerAnswers { get; init; }

    /// <summary>For LinkDropped: messages the broker delivers right after accepting the automatic reconnect.</summary>
    public List<HostEvent> AfterConnAck { get; init; } = new();

    public override string ToString() => Kind switch
    {
        HostEventKind.Message => $"(broker delivers \"{Topic}\" qos {Qos}, {Payload.Length} bytes)",
        HostEventKind.LinkDropped => $"(link drops; broker {(BrokerAnswers ? "answers" : "refuses")} a reconnect{Messages()})",
        HostEventKind.BrokerBack => "(broker accepts the reconnect)",
        _ => $"({Kind})",
    };

    private string Messages() => AfterConnAck.Count == 0 ? "" : $", then delivers {AfterConnAck.Count} message(s)";
}

/// <summary>The broker's answers to the command of one step, as ScriptedMqtt will give them.</summary>
public sealed class BrokerScript
{
    public ConnectOutcome Connect { get; set; } = ConnectOutcome.Connected;
    public bool PublishOk { get; set; } = true;

    /// <summary>SUBACK: -1 refused, else the granted QoS (-2: as asked).</summary>
    public int Grant { get; set; } = -2;

    public bool UnsubscribeOk { get; set; } = true;

    /// <summary>Messages delivered right after CONNACK of this step's AT+MQTTCONN.</summary>
    public List<HostEvent> AfterConnAck { get; } = new();

    /// <summary>Events between the prompt and the last raw byte (docs/urcs.md: their URCs are held).</summary>
    public List<HostEvent> DuringRawData { get; } = new();

    /// <summary>The broker holds its answer until a line sent meanwhile has been answered busy.</summary>
    public bool Hold { get; set; }

    public override string ToString()
    {
        var parts = new List<string>();
        if (Connect != ConnectOutcome.Connected) parts.Add("connect " + Connect);
        if (!PublishOk) parts.Add("publish fails");
        if (Grant == -1) parts.Add("SUBACK refused");
        if (!UnsubscribeOk) parts.Add("UNSUBACK missing");
        if (AfterConnAck.Count > 0) parts.Add($"{AfterConnAck.Count} message(s) after CONNACK");
        if (DuringRawData.Count > 0) parts.Add("during raw data: " + string.Join(" ", DuringRawData));
        if (Hold) parts.Add("held (busy line)");
        return parts.Count == 0 ? "" : " [" + string.Join("; ", parts) + "]";
    }
}
