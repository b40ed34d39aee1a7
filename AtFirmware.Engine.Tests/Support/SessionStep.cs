using System.Diagnostics.CodeAnalysis;

namespace EspAtNano.Tests.Support;

/// <summary>One step of a generated session: a command line with the broker's answers to it, or an outside event.</summary>
public sealed class SessionStep
{
    public SessionStep(GeneratedLine line, BrokerScript broker)
    {
        Line = line;
        Broker = broker;
        IsCommand = true;
    }

    public SessionStep(HostEvent happening) => Event = happening;

    /// <summary>A command line with the broker's answers to it; else an outside event.</summary>
    [MemberNotNullWhen(true, nameof(Line), nameof(Broker))]
    [MemberNotNullWhen(false, nameof(Event))]
    public bool IsCommand { get; }

    public GeneratedLine? Line { get; }

    public BrokerScript? Broker { get; }

    public HostEvent? Event { get; }

    public override string ToString() => IsCommand ? Line + Broker.ToString() : Event.ToString();
}
