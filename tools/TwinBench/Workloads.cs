using System.Diagnostics;
using System.Text;

namespace EspAtNano.TwinBench;

/// <summary>
/// The work each scenario times, once through the twin's UART and once with the direct client.
/// Published messages go to bench/out/… where the counter checks that every one arrived.
/// </summary>
public sealed class Workloads
{
    private static readonly byte[] Ok = Encoding.ASCII.GetBytes("OK\r\n");
    private static readonly byte[] Prompt = Encoding.ASCII.GetBytes(">");
    private static readonly byte[] PublishOk = Encoding.ASCII.GetBytes("+MQTTPUB:OK\r\n");
    private static readonly byte[] SubRecv = Encoding.ASCII.GetBytes("+MQTTSUBRECV:");
    // Letters only: nothing in it needs AT escaping.
    internal static readonly byte[] Payload64 = Encoding.ASCII.GetBytes(new string('a', 32) + new string('z', 32));
    private static readonly byte[] Payload1K = Enumerable.Range(0, 1024).Select(i => (byte)i).ToArray();

    private readonly TwinModule _twin;
    private readonly AtHopFloor _floor;
    private readonly DirectClient _direct;
    private readonly DirectClient _injector;
    private readonly MessageCounter _counter;

    public Workloads(TwinModule twin, AtHopFloor floor, DirectClient direct, DirectClient injector, MessageCounter counter)
    {
        _twin = twin;
        _floor = floor;
        _direct = direct;
        _injector = injector;
        _counter = counter;
    }

    public void Subscribe()
    {
        foreach (int qos in new[] { 0, 1 })
        {
            _twin.Command("AT+MQTTSUB=0,\"" + InboundTopic("twin", qos) + "\"," + qos, "OK\r\n");
            _direct.Subscribe(InboundTopic("direct", qos), qos).GetAwaiter().GetResult();
        }
    }

    public Sample TwinPublish(int qos, int count)
    {
        return PublishThrough(_twin, qos, count);
    }

    /// <summary>The same lines answered by the AT hop floor (it publishes to bench/out/floor whatever the line's topic).</summary>
    public Sample FloorPublish(int qos, int count)
    {
        return PublishThrough(_floor, qos, count);
    }

    public Sample DirectPublish(int qos, int count)
    {
        return Published(count, OwnCpuTime, () => _direct.PublishEach("bench/out/direct", Payload64, qos, count).GetAwaiter().GetResult());
    }

    public Sample TwinPublishRaw(int count)
    {
        byte[] line = Encoding.ASCII.GetBytes("AT+MQTTPUBRAW=0,\"bench/out/raw\"," + Payload1K.Length + ",1,0\r\n");
        return Published(count, () => _twin.CpuTime, () =>
        {
            for (int i = 0; i < count; i++)
            {
                _twin.Send(line);
                _twin.Reader.WaitFor(Prompt);
                _twin.Send(Payload1K);
                _twin.Reader.WaitFor(PublishOk);
            }
        }, Payload1K.Length);
    }

    public Sample DirectPublishRaw(int count)
    {
        return Published(count, OwnCpuTime, () => _direct.PublishEach("bench/out/rawdirect", Payload1K, 1, count).GetAwaiter().GetResult(), Payload1K.Length);
    }

    public Sample TwinInbound(int qos, int count)
    {
        Stopwatch watch = Stopwatch.StartNew();
        Task burst = _injector.Burst(InboundTopic("twin", qos), Payload64, qos, count);
        int seen = _twin.Reader.Count(SubRecv, count);
        watch.Stop();
        burst.GetAwaiter().GetResult();
        return new Sample(seen / watch.Elapsed.TotalSeconds, double.NaN, count - seen);
    }

    public Sample DirectInbound(int qos, int count)
    {
        long before = _direct.Received;
        Stopwatch watch = Stopwatch.StartNew();
        Task burst = _injector.Burst(InboundTopic("direct", qos), Payload64, qos, count);
        long seen = _direct.WaitReceived(before + count) - before;
        watch.Stop();
        burst.GetAwaiter().GetResult();
        return new Sample(seen / watch.Elapsed.TotalSeconds, double.NaN, count - seen);
    }

    private Sample PublishThrough(AtModuleProcess module, int qos, int count)
    {
        byte[] line = Encoding.ASCII.GetBytes("AT+MQTTPUB=0,\"bench/out/twin\",\"" + Encoding.ASCII.GetString(Payload64) + "\"," + qos + ",0\r\n");
        return Published(count, () => module.CpuTime, () =>
        {
            for (int i = 0; i < count; i++)
            {
                module.Send(line);
                module.Reader.WaitFor(Ok);
            }
        });
    }

    /// <summary>Times <paramref name="run"/>, takes the CPU it cost from <paramref name="cpu"/>, and checks that all <paramref name="count"/> messages arrived.</summary>
    private Sample Published(int count, Func<TimeSpan> cpu, Action run, int bytesPerMessage = 1)
    {
        long before = _counter.Count();
        TimeSpan cpuBefore = cpu();
        Stopwatch watch = Stopwatch.StartNew();
        run();
        watch.Stop();
        double cpuMs = (cpu() - cpuBefore).TotalMilliseconds;
        long lost = before + count - _counter.WaitFor(before + count);
        return new Sample(count * (double)bytesPerMessage / watch.Elapsed.TotalSeconds, cpuMs * 1000 / count, lost);
    }

    private static TimeSpan OwnCpuTime()
    {
        return Process.GetCurrentProcess().TotalProcessorTime;
    }

    private static string InboundTopic(string side, int qos)
    {
        return "bench/in/" + side + qos;
    }
}
