using EspAtNano.Engine.Device;

namespace EspAtNano.Tests.Device;

/// <summary>
/// Matching the MQTT library's acknowledgement events to the call that waits for them
/// (AtFirmware.Engine/Device/AckMatcher.cs): by message id, also when the ack beats the id,
/// never an earlier call's ack, and a clear answer on timeout and on a lost link; blocking (Wait)
/// or told once by callback (Notify).
/// </summary>
[TestClass]
public sealed class AckMatcherTests
{
    private const int Long = 10_000;

    [TestMethod]
    public void TheAckOfTheAwaitedIdAnswersTheCall()
    {
        var acks = new AckMatcher();
        acks.Begin();
        var waiting = Task.Run(() => acks.Wait(7, Long, "PUBACK"));
        // Until the awaited id comes, other ids must not end the wait; the later Complete of 7 must.
        acks.Complete(6, MqttRequestResult.Failed(RequestOutcome.Refused, "stray"));
        acks.Complete(7, MqttRequestResult.Granted(1));
        Assert.IsTrue(waiting.Wait(Long));
        Assert.AreEqual(RequestOutcome.Completed, waiting.Result.Outcome);
        Assert.AreEqual(1, waiting.Result.GrantedQos);
    }

    [TestMethod]
    public void AnAckThatArrivesBeforeTheIdIsKnownIsNotLost()
    {
        var acks = new AckMatcher();
        acks.Begin();
        acks.Complete(3, MqttRequestResult.Done);
        Assert.AreSame(MqttRequestResult.Done, acks.Wait(3, 0, "SUBACK"));
    }

    [TestMethod]
    public void AnAckOfAnEarlierTimedOutCallIsIgnored()
    {
        var acks = new AckMatcher();
        acks.Begin();
        Assert.AreEqual(RequestOutcome.TimedOut, acks.Wait(1, 0, "PUBACK").Outcome);
        acks.Complete(1, MqttRequestResult.Done);
        acks.Begin();
        acks.Complete(1, MqttRequestResult.Done);
        var result = acks.Wait(2, 0, "PUBACK");
        Assert.AreEqual(RequestOutcome.TimedOut, result.Outcome);
        Assert.AreEqual("no PUBACK within 0 ms", result.Detail);
    }

    [TestMethod]
    public void NoAckWithinTheTimeoutIsATimeout()
    {
        var acks = new AckMatcher();
        acks.Begin();
        var result = acks.Wait(9, 30, "UNSUBACK");
        Assert.AreEqual(RequestOutcome.TimedOut, result.Outcome);
        Assert.AreEqual("no UNSUBACK within 30 ms", result.Detail);
    }

    [TestMethod]
    public void ALostLinkEndsTheWaitAtOnce()
    {
        var acks = new AckMatcher();
        acks.Begin();
        var waiting = Task.Run(() => acks.Wait(4, Long * 6, "SUBACK"));
        acks.Abort();
        Assert.IsTrue(waiting.Wait(Long), "Abort did not end the wait");
        Assert.AreEqual(RequestOutcome.NotConnected, waiting.Result.Outcome);
        Assert.AreEqual("the link closed before the SUBACK", waiting.Result.Detail);
    }

    [TestMethod]
    public void AnAbortBeforeBeginDoesNotEndTheNextCall()
    {
        var acks = new AckMatcher();
        acks.Abort();
        acks.Begin();
        acks.Complete(5, MqttRequestResult.Done);
        Assert.AreSame(MqttRequestResult.Done, acks.Wait(5, Long, "PUBCOMP"));
    }

    [TestMethod]
    public void AfterCancelNothingIsCollected()
    {
        var acks = new AckMatcher();
        acks.Begin();
        acks.Cancel();
        acks.Complete(8, MqttRequestResult.Done);
        Assert.AreEqual(RequestOutcome.TimedOut, acks.Wait(8, 0, "PUBACK").Outcome);
    }

    [TestMethod]
    public void AFloodOfStrayAcksDoesNotPushOutTheAwaitedOne()
    {
        var acks = new AckMatcher();
        acks.Begin();
        for (int id = 100; id < 120; id++)
        {
            acks.Complete(id, MqttRequestResult.Done);
        }
        Assert.AreSame(MqttRequestResult.Done, acks.Wait(119, 0, "PUBACK"));
    }

    [TestMethod]
    public void NotifyTellsTheAckOfTheAwaitedIdWhenItComes()
    {
        var acks = new AckMatcher();
        var told = new ToldResults();
        acks.Begin();
        acks.Notify(7, Long, "PUBACK", told);
        acks.Complete(6, MqttRequestResult.Failed(RequestOutcome.Refused, "stray"));
        Assert.AreEqual(0, told.Count, "another id was told");
        acks.Complete(7, MqttRequestResult.Done);
        Assert.AreSame(MqttRequestResult.Done, told.Single());
    }

    [TestMethod]
    public void NotifyTellsAnAckThatCameBeforeItAtOnce()
    {
        var acks = new AckMatcher();
        var told = new ToldResults();
        acks.Begin();
        acks.Complete(3, MqttRequestResult.Done);
        acks.Notify(3, Long, "PUBACK", told);
        Assert.AreEqual(1, told.Count, "not told before Notify returned");
        Assert.AreSame(MqttRequestResult.Done, told.Single());
    }

    [TestMethod]
    public void NotifyTellsATimeoutWhenNoAckCameInTimeAndNothingAfterIt()
    {
        var acks = new AckMatcher();
        var told = new ToldResults();
        acks.Begin();
        acks.Notify(9, 30, "PUBCOMP", told);
        Assert.IsTrue(told.WaitForFirst(Long), "the timeout was never told");
        acks.Complete(9, MqttRequestResult.Done);
        acks.Abort();
        var result = told.Single();
        Assert.AreEqual(RequestOutcome.TimedOut, result.Outcome);
        Assert.AreEqual("no PUBCOMP within 30 ms", result.Detail);
    }

    [TestMethod]
    public void NotifyTellsALostLinkAtOnce()
    {
        var acks = new AckMatcher();
        var told = new ToldResults();
        acks.Begin();
        acks.Notify(4, Long * 6, "PUBACK", told);
        acks.Abort();
        Assert.AreEqual(1, told.Count, "Abort did not tell the result");
        Assert.AreEqual(RequestOutcome.NotConnected, told.Single().Outcome);
        Assert.AreEqual("the link closed before the PUBACK", told.Single().Detail);
    }

    [TestMethod]
    public void NotifyAfterTheLinkWasLostTellsItAtOnce()
    {
        var acks = new AckMatcher();
        var told = new ToldResults();
        acks.Begin();
        acks.Abort();
        acks.Notify(4, Long * 6, "PUBACK", told);
        Assert.AreEqual(1, told.Count, "not told before Notify returned");
        Assert.AreEqual(RequestOutcome.NotConnected, told.Single().Outcome);
    }

    [TestMethod]
    public void AnAckAfterATimedOutNotifyDoesNotAnswerTheNextOne()
    {
        var acks = new AckMatcher();
        var first = new ToldResults();
        acks.Begin();
        acks.Notify(1, 0, "PUBACK", first);
        Assert.IsTrue(first.WaitForFirst(Long));
        var second = new ToldResults();
        acks.Begin();
        acks.Notify(2, Long, "PUBACK", second);
        acks.Complete(1, MqttRequestResult.Done);
        Assert.AreEqual(0, second.Count, "the earlier call's ack answered the next one");
        acks.Complete(2, MqttRequestResult.Done);
        Assert.AreSame(MqttRequestResult.Done, second.Single());
        Assert.AreEqual(RequestOutcome.TimedOut, first.Single().Outcome);
    }

    /// <summary>What Notify told, and how often.</summary>
    private sealed class ToldResults : IMqttRequestDone
    {
        private readonly List<MqttRequestResult> _results = new();
        private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Done(MqttRequestResult result)
        {
            lock (_results)
            {
                _results.Add(result);
            }
            _first.TrySetResult();
        }

        public int Count
        {
            get
            {
                lock (_results)
                {
                    return _results.Count;
                }
            }
        }

        public bool WaitForFirst(int timeoutMs) => _first.Task.Wait(timeoutMs);

        /// <summary>The one result told; fails when there were none or several.</summary>
        public MqttRequestResult Single()
        {
            lock (_results)
            {
                Assert.AreEqual(1, _results.Count, "told " + _results.Count + " times");
                return _results[0];
            }
        }
    }
}
