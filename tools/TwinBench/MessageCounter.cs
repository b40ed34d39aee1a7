using System.Globalization;
using System.Diagnostics;
using MQTTnet;
using MQTTnet.Protocol;

namespace EspAtNano.TwinBench;

/// <summary>
/// Counts what reaches the broker on bench/out/#, in a process of its own (the bench run with
/// --count-messages PORT) so that receiving costs no CPU in the process whose CPU is measured.
/// Each line the parent writes to its stdin is answered with the count so far.
/// </summary>
public sealed class MessageCounter : IDisposable
{
    public const string Mode = "--count-messages";
    public const string Topics = "bench/out/#";

    private readonly Process _process;

    private MessageCounter(Process process)
    {
        _process = process;
    }

    public static MessageCounter Start(int brokerPort)
    {
        Process process = BenchProcess.Start(Mode, brokerPort, true);
        MessageCounter counter = new MessageCounter(process);
        counter.Count();
        return counter;
    }

    /// <summary>How many messages have arrived so far.</summary>
    public long Count()
    {
        _process.StandardInput.WriteLine();
        _process.StandardInput.Flush();
        string line = _process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("the message counter ended");
        return long.Parse(line, CultureInfo.InvariantCulture);
    }

    /// <summary>Waits until the count reaches <paramref name="expected"/> or stops growing; returns it.</summary>
    public long WaitFor(long expected)
    {
        long count = Count();
        Stopwatch quiet = Stopwatch.StartNew();
        while (count < expected && quiet.Elapsed < TimeSpan.FromSeconds(5))
        {
            Thread.Sleep(20);
            long now = Count();
            if (now != count)
            {
                quiet.Restart();
            }
            count = now;
        }
        return count;
    }

    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(5000))
        {
            _process.Kill();
        }
    }

    /// <summary>The counting process's main: subscribe, then answer every stdin line with the count.</summary>
    public static async Task<int> Run(int brokerPort)
    {
        long received = 0;
        using IMqttClient client = new MqttClientFactory().CreateMqttClient();
        client.ApplicationMessageReceivedAsync += _ =>
        {
            Interlocked.Increment(ref received);
            return Task.CompletedTask;
        };
        await client.ConnectAsync(DirectClient.Options(brokerPort, "twinbench-counter"));
        await client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(f => f.WithTopic(Topics).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)).Build());
        while (Console.ReadLine() != null)
        {
            Console.WriteLine(Interlocked.Read(ref received));
        }
        return 0;
    }
}
