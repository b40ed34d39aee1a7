namespace EspAtNano.Tests;

/// <summary>
/// Property checks: generated sessions — mostly valid commands chosen for the link state, some
/// spoilt lines, input in random pieces, a scripted broker and access point — must give, step by
/// step, exactly the bytes and link states that ReferenceModel (an independent reading of
/// docs/link-states.md and docs/urcs.md) predicts. Seeds are fixed, so a failure reproduces; its message names the seed,
/// the step and every input before it. Each run also asserts that the sessions reached what
/// they exist to test (every state, every command succeeding, raw data, busy, broker calls), so
/// a generator that drifts back to error paths fails too.
/// </summary>
[TestClass]
public sealed class PropertyTests
{
    private const int Sessions = 30;
    private const int StepsPerSession = 300;

    public TestContext TestContext { get; set; }

    [TestMethod]
    public void SessionsWithMessagesAfterConnAckMatchTheReferenceModel()
    {
        SessionStatistics statistics = RunSessions(firstSeed: 1, brokerOutages: false);
        AssertCoverage(statistics);
    }

    [TestMethod]
    public void SessionsWithBrokerOutagesMatchTheReferenceModel()
    {
        SessionStatistics statistics = RunSessions(firstSeed: 1001, brokerOutages: true);
        AssertCoverage(statistics);
        Assert.IsTrue(statistics.BrokerCalls("connect") > statistics.Sessions, "automatic reconnects were refused and retried");
    }

    [TestMethod]
    public void RandomBytesIncludingNulAndOverlongRunsNeverThrowAndLeaveTheModuleAnswering()
    {
        for (int seed = 1; seed <= 100; seed++)
        {
            var random = new Random(seed);
            using var m = new Module();
            byte[] noise = new byte[random.Next(1, 2000)];
            random.NextBytes(noise);
            for (int p = 0; p < noise.Length;)
            {
                int n = Math.Min(random.Next(1, 300), noise.Length - p);
                m.Feed(noise[p..(p + n)]);
                p += n;
            }
            m.Idle();
            m.Uart.Take();
            Expect("\r\nOK\r\n", m.Send("\0AT\r\n"));
        }
    }

    private SessionStatistics RunSessions(int firstSeed, bool brokerOutages)
    {
        var statistics = new SessionStatistics();
        for (int seed = firstSeed; seed < firstSeed + Sessions; seed++)
        {
            using var session = new PropertySession(seed, brokerOutages, statistics);
            session.Run(StepsPerSession);
        }
        TestContext.WriteLine(statistics.Report());
        Console.WriteLine(statistics.Report());
        return statistics;
    }

    /// <summary>The sessions went where the old generator never did: every state, every command's success path.</summary>
    private static void AssertCoverage(SessionStatistics statistics)
    {
        CollectionAssert.AreEquivalent(Enumerable.Range(0, 7).ToList(), statistics.StatesVisited.ToList(), "states visited");
        string[] commands =
        [
            "AT", "ATE0", "ATE1", "AT+GMR", "AT+RST", "AT+SYSLOG", "AT+MQTTUSERCFG", "AT+MQTTCLIENTID", "AT+MQTTUSERNAME",
            "AT+MQTTPASSWORD", "AT+MQTTLONGCLIENTID", "AT+MQTTLONGUSERNAME", "AT+MQTTLONGPASSWORD", "AT+MQTTCONNCFG",
            "AT+MQTTALPN", "AT+MQTTSNI", "AT+MQTTCONN", "AT+MQTTPUB", "AT+MQTTPUBRAW", "AT+MQTTSUB", "AT+MQTTUNSUB",
            "AT+MQTTCLEAN", "AT+CWMODE", "AT+CWJAP", "AT+CWQAP", "AT+CIPSNTPCFG", "AT+CIPSNTPTIME",
        ];
        CollectionAssert.IsSubsetOf(commands, statistics.CommandsThatSucceeded.ToList(), "commands that succeeded at least once");
        Assert.IsTrue(statistics.RawWindows > 0 && statistics.BusyAnswers > 0, "raw-data windows and busy answers");
        foreach (string call in new[] { "connect", "publish", "subscribe", "unsubscribe", "disconnect" })
        {
            Assert.IsTrue(statistics.BrokerCalls(call) > 0, "MQTT port calls: " + call);
        }
        Assert.IsTrue(statistics.ValidLines >= 0.8 * statistics.Lines, "at least 80 % valid lines");
    }
}
