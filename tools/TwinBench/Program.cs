using System.Globalization;
using EspAtNano.TwinBench;

// The twin's speed beside a direct MQTTnet client on the same mosquitto (issue 9): every
// scenario runs through the twin (its own process, TCP UART, pacing off) and directly, in
// turns, for a warm-up round and then five measured rounds (or as many as the one argument
// says); the table shows medians. The publishes also run through the AT hop floor (AtHopFloor),
// the least any AT hop costs on the machine, so the table shows what no twin could do better.
if (args.Length == 2 && args[0] == MessageCounter.Mode)
{
    return await MessageCounter.Run(int.Parse(args[1], CultureInfo.InvariantCulture));
}
if (args.Length == 2 && args[0] == AtHopFloor.Mode)
{
    return AtHopFloor.Run(int.Parse(args[1], CultureInfo.InvariantCulture));
}
// Five by default; fewer for a quick look while trying a change.
int rounds = args.Length == 1 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;

using Broker broker = Broker.Start();
using MessageCounter counter = MessageCounter.Start(broker.Port);
using TwinModule twin = TwinModule.Start(broker.Port);
using AtHopFloor floor = AtHopFloor.Start(broker.Port);
using DirectClient direct = await DirectClient.Connect(broker.Port, "twinbench-direct");
using DirectClient injector = await DirectClient.Connect(broker.Port, "twinbench-injector");
Workloads work = new Workloads(twin, floor, direct, injector, counter);
work.Subscribe();

Scenario[] scenarios =
{
    new Scenario("publish 64 B QoS 0, wait for OK each time", "k/s", 1000, 0.5, 10000, n => work.TwinPublish(0, n), n => work.DirectPublish(0, n)),
    new Scenario("publish 64 B QoS 1", "k/s", 1000, 0.7, 5000, n => work.TwinPublish(1, n), n => work.DirectPublish(1, n)),
    new Scenario("PUBRAW 1 KiB QoS 1, payload", "MB/s", 1e6, 0.6, 2000, work.TwinPublishRaw, work.DirectPublishRaw),
    new Scenario("inbound burst 64 B QoS 0", "k/s", 1000, 0.9, 20000, n => work.TwinInbound(0, n), n => work.DirectInbound(0, n)),
    new Scenario("inbound burst 64 B QoS 1", "k/s", 1000, 0.9, 10000, n => work.TwinInbound(1, n), n => work.DirectInbound(1, n)),
    // References, not goals: the least any AT hop costs here (AtHopFloor), in place of the twin.
    new Scenario("AT hop floor: publish 64 B QoS 0, wait for OK each time", "k/s", 1000, double.NaN, 10000, n => work.FloorPublish(0, n), n => work.DirectPublish(0, n)),
    new Scenario("AT hop floor: publish 64 B QoS 1", "k/s", 1000, double.NaN, 5000, n => work.FloorPublish(1, n), n => work.DirectPublish(1, n)),
};

for (int round = 0; round <= rounds; round++)
{
    bool warmUp = round == 0;
    Console.Error.WriteLine(warmUp ? "twinbench: warm-up round" : "twinbench: round " + round + " of " + rounds);
    foreach (Scenario s in scenarios)
    {
        int count = warmUp ? s.Count / 5 : s.Count;
        // Alternating which side goes first, so neither always runs on a broker the other just loaded.
        Sample t, d;
        if (round % 2 == 0)
        {
            t = s.Twin(count);
            d = s.Direct(count);
        }
        else
        {
            d = s.Direct(count);
            t = s.Twin(count);
        }
        if (!warmUp)
        {
            s.TwinSamples.Add(t);
            s.DirectSamples.Add(d);
        }
    }
}

Console.Write(Summary.Table(scenarios, rounds));
return 0;
