using System;
using EspAtNano.Engine.Device;
using EspAtNano.Firmware.Tests.Support;
using nanoFramework.TestFramework;

namespace EspAtNano.Firmware.Tests.Device
{
    /// <summary>
    /// "Run on a thread, wait with a timeout, abandon" (AtFirmware.Engine/Device/BoundedCall.cs), as
    /// the device's DNS lookup, Wi-Fi join and MQTT connect use it: the caller waits only for its own
    /// timeout, an abandoned call's results are released, not handed over, and a throwing call
    /// is reported, not lost.
    /// </summary>
    [TestClass]
    public class BoundedCallTests
    {
        private static bool s_ranInTime;

        [TestMethod]
        public void WorkThatFinishesInTimeHandsOverItsResult()
        {
            GatedWork work = new GatedWork();
            work.Release.Set();
            BoundedCall call = new BoundedCall(work);
            Assert.IsTrue(call.Run(Waiting.LimitMs));
            Assert.AreEqual(42, work.Result);
            Assert.IsNull(call.Failure);
            Assert.IsFalse(call.IsAbandoned);
            Assert.IsFalse(work.Discarded.WaitOne(0, false), "a result handed to the caller was discarded");
        }

        [TestMethod]
        public void WorkThatOutlivesTheTimeoutIsAbandonedAndItsResultDiscarded()
        {
            GatedWork work = new GatedWork();
            BoundedCall call = new BoundedCall(work);
            Assert.IsFalse(call.Run(20), "a call still blocked reported that it finished");
            Assert.IsTrue(call.IsAbandoned);
            work.Release.Set();
            Assert.IsTrue(work.Discarded.WaitOne(Waiting.LimitMs, false), "the late result was not discarded");
        }

        [TestMethod]
        public void AbandonFromAnotherThreadEndsTheWaitAtOnce()
        {
            GatedWork work = new GatedWork();
            BoundedCall call = new BoundedCall(work);
            s_ranInTime = true;
            // Far longer than the test waits for it: only Abandon can end this wait in time.
            BackgroundCall caller = BackgroundCall.Start(() => s_ranInTime = call.Run(Waiting.LimitMs * 6));
            Assert.IsTrue(work.Started.WaitOne(Waiting.LimitMs, false), "the work never started");
            call.Abandon();
            Assert.IsTrue(caller.WaitEnded(), "Run kept waiting after Abandon");
            Assert.IsFalse(s_ranInTime, "Run handed over the results of an abandoned call");
            work.Release.Set();
            Assert.IsTrue(work.Discarded.WaitOne(Waiting.LimitMs, false), "the abandoned call's result was not discarded");
        }

        [TestMethod]
        public void AbandonAfterTheWorkFinishedDiscardsItsResult()
        {
            GatedWork work = new GatedWork();
            work.Release.Set();
            BoundedCall call = new BoundedCall(work);
            Assert.IsTrue(call.Run(Waiting.LimitMs));
            call.Abandon();
            Assert.IsTrue(work.Discarded.WaitOne(0, false), "a result taken back by Abandon was not released");
            Assert.IsTrue(call.IsAbandoned);
        }

        [TestMethod]
        public void WhatTheWorkThrewIsReported()
        {
            GatedWork work = new GatedWork();
            work.Throw = new InvalidOperationException("no adapter");
            work.Release.Set();
            BoundedCall call = new BoundedCall(work);
            Assert.IsTrue(call.Run(Waiting.LimitMs));
            Assert.IsInstanceOfType(call.Failure, typeof(InvalidOperationException));
            Assert.AreEqual("no adapter", call.Failure.Message);
        }

        [TestMethod]
        public void AFailingDiscardOfAnAbandonedCallIsSwallowed()
        {
            GatedWork work = new GatedWork();
            work.FailDiscard = true;
            work.Release.Set();
            BoundedCall call = new BoundedCall(work);
            Assert.IsTrue(call.Run(Waiting.LimitMs));
            // Nobody is left to report a failure of the release to: Abandon must still return.
            call.Abandon();
            Assert.IsTrue(work.Discarded.WaitOne(0, false));
        }
    }
}
