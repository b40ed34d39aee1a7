using EspAtNano.Engine.Device;
using EspAtNano.Engine.Ports;
using EspAtNano.Firmware.Tests.Support;
using nanoFramework.TestFramework;

namespace EspAtNano.Firmware.Tests.Device
{
    /// <summary>
    /// Matching the MQTT library's acknowledgement events to the call that waits for them
    /// (AtFirmware.Engine/Device/AckMatcher.cs): by message id, also when the ack beats the id,
    /// never an earlier call's ack, and a clear answer on timeout and on a lost link.
    /// </summary>
    [TestClass]
    public class AckMatcherTests
    {
        // Test methods run without an instance: what a background call hands back lives here.
        private static MqttRequestResult s_waited;

        [TestMethod]
        public void TheAckOfTheAwaitedIdWakesTheWaitingCall()
        {
            AckMatcher acks = new AckMatcher();
            acks.Begin();
            // Another id, collected before the wait: it must not answer the call.
            acks.Complete(6, MqttRequestResult.Failed(RequestOutcome.Refused, "stray"));
            s_waited = null;
            // Far longer than the test waits for it: only the ack can end this wait in time.
            BackgroundCall waiting = BackgroundCall.Start(() => s_waited = acks.Wait(7, Waiting.LimitMs * 6, "PUBACK"));
            Assert.IsTrue(waiting.WaitBlocked(), "Wait did not block for the ack (returned at once, or never ran)");
            acks.Complete(7, MqttRequestResult.Granted(1));
            Assert.IsTrue(waiting.WaitEnded(), "the ack of id 7 did not end the wait");
            Assert.AreEqual((int)RequestOutcome.Completed, (int)s_waited.Outcome);
            Assert.AreEqual(1, s_waited.GrantedQos);
        }

        [TestMethod]
        public void AnAckThatArrivesBeforeTheIdIsKnownIsNotLost()
        {
            AckMatcher acks = new AckMatcher();
            acks.Begin();
            acks.Complete(3, MqttRequestResult.Done);
            Assert.AreSame(MqttRequestResult.Done, acks.Wait(3, 0, "SUBACK"));
        }

        [TestMethod]
        public void AnAckOfAnEarlierTimedOutCallIsIgnored()
        {
            AckMatcher acks = new AckMatcher();
            acks.Begin();
            Assert.AreEqual((int)RequestOutcome.TimedOut, (int)acks.Wait(1, 0, "PUBACK").Outcome);
            acks.Complete(1, MqttRequestResult.Done);
            acks.Begin();
            acks.Complete(1, MqttRequestResult.Done);
            MqttRequestResult result = acks.Wait(2, 0, "PUBACK");
            Assert.AreEqual((int)RequestOutcome.TimedOut, (int)result.Outcome);
            Assert.AreEqual("no PUBACK within 0 ms", result.Detail);
        }

        [TestMethod]
        public void NoAckWithinTheTimeoutIsATimeout()
        {
            AckMatcher acks = new AckMatcher();
            acks.Begin();
            MqttRequestResult result = acks.Wait(9, 30, "UNSUBACK");
            Assert.AreEqual((int)RequestOutcome.TimedOut, (int)result.Outcome);
            Assert.AreEqual("no UNSUBACK within 30 ms", result.Detail);
        }

        [TestMethod]
        public void ALostLinkEndsTheWaitAtOnce()
        {
            AckMatcher acks = new AckMatcher();
            acks.Begin();
            s_waited = null;
            // Far longer than the test waits for it: only Abort can end this wait in time.
            BackgroundCall waiting = BackgroundCall.Start(() => s_waited = acks.Wait(4, Waiting.LimitMs * 6, "SUBACK"));
            acks.Abort();
            Assert.IsTrue(waiting.WaitEnded(), "Abort did not end the wait");
            Assert.AreEqual((int)RequestOutcome.NotConnected, (int)s_waited.Outcome);
            Assert.AreEqual("the link closed before the SUBACK", s_waited.Detail);
        }

        [TestMethod]
        public void AnAbortBeforeBeginDoesNotEndTheNextCall()
        {
            AckMatcher acks = new AckMatcher();
            acks.Abort();
            acks.Begin();
            acks.Complete(5, MqttRequestResult.Done);
            Assert.AreSame(MqttRequestResult.Done, acks.Wait(5, Waiting.LimitMs, "PUBCOMP"));
        }

        [TestMethod]
        public void AfterCancelNothingIsCollected()
        {
            AckMatcher acks = new AckMatcher();
            acks.Begin();
            acks.Cancel();
            acks.Complete(8, MqttRequestResult.Done);
            Assert.AreEqual((int)RequestOutcome.TimedOut, (int)acks.Wait(8, 0, "PUBACK").Outcome);
        }

        [TestMethod]
        public void AFloodOfStrayAcksDoesNotPushOutTheAwaitedOne()
        {
            AckMatcher acks = new AckMatcher();
            acks.Begin();
            for (int id = 100; id < 120; id++)
            {
                acks.Complete(id, MqttRequestResult.Done);
            }
            Assert.AreSame(MqttRequestResult.Done, acks.Wait(119, 0, "PUBACK"));
        }
    }
}
