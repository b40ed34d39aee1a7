using EspAtNano.Engine.Device;

namespace EspAtNano.Tests.Device;

/// <summary>
/// The device's managed SNTP client (AtFirmware.Engine/Device/SntpClient.cs), as AT+CIPSNTPCFG
/// drives it: nothing is asked until SNTP is enabled, the host's servers (or the defaults) are
/// asked in turn until one answers with a valid time, which sets the clock.
/// </summary>
[TestClass]
public sealed class SntpClientTests
{
    private const int Long = 10_000;

    /// <summary>Answers per server: a time, silence, or a failure; records who was asked.</summary>
    private sealed class ScriptedServers : ISntpTransport
    {
        public readonly List<string> Asked = new();
        public readonly Dictionary<string, uint> Times = new();
        public readonly HashSet<string> Unresolvable = new();
        public bool WrongNonce;

        public int Exchange(string server, byte[] request, byte[] reply, int timeoutMs)
        {
            {
                lock (Asked) { Asked.Add(server); }
                if (Unresolvable.Contains(server))
                {
                    throw new System.Net.Sockets.SocketException(11001);
                }
                if (!Times.TryGetValue(server, out uint seconds))
                {
                    return 0;
                }
                long nonce = 0;
                for (int i = 0; i < 8; i++)
                {
                    nonce = (nonce << 8) | request[40 + i];
                }
                byte[] answer = SntpPacketTests.Reply(WrongNonce ? nonce + 1 : nonce, seconds);
                Array.Copy(answer, reply, answer.Length);
                return answer.Length;
            }
        }

        public string[] AskedSoFar() { lock (Asked) { return Asked.ToArray(); } }
    }

    private sealed class RecordingClock : IClockSetter
    {
        public readonly List<DateTime> Set = new();
        public bool Refuse;

        public bool SetUtc(DateTime utc)
        {
            lock (Set) { Set.Add(utc); }
            return !Refuse;
        }
    }

    private sealed class Ticks : ITickSource
    {
        public long Milliseconds => Environment.TickCount64;
    }

    private static readonly DateTime Noon = new(2026, 11, 29, 12, 0, 0);

    private static (SntpClient Client, ScriptedServers Servers, RecordingClock Clock, ListLog Log) Create()
    {
        var servers = new ScriptedServers();
        var clock = new RecordingClock();
        var log = new ListLog();
        return (new SntpClient(servers, clock, new Ticks(), log), servers, clock, log);
    }

    [TestMethod]
    public void NothingIsAskedUntilSntpIsEnabled()
    {
        var (client, servers, _, _) = Create();
        Assert.IsFalse(client.SyncOnce());
        Assert.AreEqual(0, servers.AskedSoFar().Length);
        Assert.IsFalse(client.IsSynchronised);
    }

    [TestMethod]
    public void TheFirstServerThatAnswersSetsTheClock()
    {
        var (client, servers, clock, log) = Create();
        servers.Unresolvable.Add("a.example");
        servers.Times["c.example"] = SntpPacketTests.Noon;
        client.Configure(true, ["a.example", "b.example", "c.example"]);
        Assert.IsTrue(client.SyncOnce(), string.Join("\n", log.Snapshot()));
        Assert.IsTrue(client.IsSynchronised);
        CollectionAssert.AreEqual(new[] { "a.example", "b.example", "c.example" }, servers.AskedSoFar());
        Assert.AreEqual(1, clock.Set.Count);
        // Half the (local, tiny) round trip is added to the server's time.
        Assert.IsTrue(clock.Set[0] >= Noon && clock.Set[0] < Noon.AddSeconds(5), clock.Set[0].ToString("O"));
        Assert.IsTrue(log.Any("sntp: a.example: System.Net.Sockets.SocketException"), string.Join("\n", log.Snapshot()));
        Assert.IsTrue(log.Any("sntp: no reply from b.example within 3000 ms"));
    }

    [TestMethod]
    public void TheNextRoundStartsWithTheServerThatAnsweredLast()
    {
        var (client, servers, _, _) = Create();
        servers.Times["b.example"] = SntpPacketTests.Noon;
        client.Configure(true, ["a.example", "b.example"]);
        Assert.IsTrue(client.SyncOnce());
        Assert.IsTrue(client.SyncOnce());
        CollectionAssert.AreEqual(new[] { "a.example", "b.example", "b.example" }, servers.AskedSoFar());
    }

    [TestMethod]
    public void NoAnswerFromAnyServerIsNoSync()
    {
        var (client, servers, clock, _) = Create();
        client.Configure(true, ["a.example", "b.example"]);
        Assert.IsFalse(client.SyncOnce());
        Assert.IsFalse(client.IsSynchronised);
        Assert.AreEqual(0, clock.Set.Count);
        Assert.AreEqual(2, servers.AskedSoFar().Length);
    }

    [TestMethod]
    public void WithoutServersTheDefaultsAreAsked()
    {
        var (client, servers, _, _) = Create();
        client.Configure(true, []);
        client.SyncOnce();
        CollectionAssert.AreEqual(new[] { "0.pool.ntp.org", "1.pool.ntp.org", "2.pool.ntp.org" }, servers.AskedSoFar());
    }

    [TestMethod]
    public void AReplyToAnotherRequestDoesNotSetTheClock()
    {
        var (client, servers, clock, log) = Create();
        servers.Times["a.example"] = SntpPacketTests.Noon;
        servers.WrongNonce = true;
        client.Configure(true, ["a.example"]);
        Assert.IsFalse(client.SyncOnce());
        Assert.IsTrue(log.Any("sntp: a.example: a reply to another request"), string.Join("\n", log.Snapshot()));
        Assert.AreEqual(0, clock.Set.Count);
    }

    [TestMethod]
    public void AClockThatRefusesTheTimeIsNoSync()
    {
        var (client, servers, clock, log) = Create();
        servers.Times["a.example"] = SntpPacketTests.Noon;
        clock.Refuse = true;
        client.Configure(true, ["a.example"]);
        Assert.IsFalse(client.SyncOnce());
        Assert.IsTrue(log.Any("sntp: the clock refused the time from a.example"));
        Assert.IsFalse(client.IsSynchronised);
    }

    [TestMethod]
    public void DisablingForgetsTheSync()
    {
        var (client, servers, _, _) = Create();
        servers.Times["a.example"] = SntpPacketTests.Noon;
        client.Configure(true, ["a.example"]);
        Assert.IsTrue(client.SyncOnce());
        client.Configure(false, []);
        Assert.IsFalse(client.IsSynchronised);
        Assert.IsFalse(client.SyncOnce());
        Assert.AreEqual(1, servers.AskedSoFar().Length);
    }

    [TestMethod]
    public void AtMostThreeServersAreAsked()
    {
        var (client, servers, _, _) = Create();
        client.Configure(true, ["a", "b", "c", "d"]);
        client.SyncOnce();
        CollectionAssert.AreEqual(new[] { "a", "b", "c" }, servers.AskedSoFar());
    }

    [TestMethod]
    public void TheScheduleSyncsAtOnceWhenKicked()
    {
        var (client, servers, _, _) = Create();
        servers.Times["a.example"] = SntpPacketTests.Noon;
        var schedule = new SntpSchedule(client);
        try
        {
            client.Configure(true, ["a.example"]);
            schedule.Kick();
            Assert.IsTrue(SpinWait.SpinUntil(() => client.IsSynchronised, Long), "the kicked round did not run");
        }
        finally
        {
            schedule.Close();
        }
    }

    [TestMethod]
    public void TheScheduleAsksNothingWhileDisabled()
    {
        var (client, servers, _, _) = Create();
        var schedule = new SntpSchedule(client);
        try
        {
            schedule.Kick();
            Assert.IsTrue(schedule.RoundDone.WaitOne(Long), "the schedule's thread never looked");
            Assert.AreEqual(0, servers.AskedSoFar().Length);
        }
        finally
        {
            schedule.Close();
        }
    }

    [TestMethod]
    [DataRow(3600, 3_600_000, DisplayName = "ESP-AT's default hour")]
    [DataRow(15, 15_000, DisplayName = "the shortest AT+CIPSNTPINTV")]
    [DataRow(4294967, int.MaxValue, DisplayName = "the longest AT+CIPSNTPINTV is capped at 24.8 days")]
    [DataRow(0, 1000, DisplayName = "none is a second")]
    public void TheIntervalBecomesAPauseAWaitCanTake(int seconds, int pauseMs)
    {
        Assert.AreEqual(pauseMs, SntpSchedule.IntervalMs(seconds));
    }
}
