namespace EspAtNano.Tests.Support;

/// <summary>One step of a generated session: a command line with the broker's answers to it, or an outside event.</summary>
public sealed class SessionStep
{
    public SessionStep(GeneratedLine line, BrokerScript broker)
    {
        Line = line;
        Broker = broker;
    }

    public SessionStep(HostEvent happening) => Event = happening;

    public GeneratedLine Line { get; }

    public BrokerScript Broker { get; }

    public HostEvent Event { get; }

    public override string ToString() => Line != null ? Line + Broker.ToString() : Event.ToString();
}
