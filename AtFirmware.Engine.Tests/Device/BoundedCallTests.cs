using EspAtNano.Engine.Device;

namespace EspAtNano.Tests.Device;

/// <summary>
/// "Run on a thread, wait with a timeout, abandon" (AtFirmware.Engine/Device/BoundedCall.cs), as
/// the device's DNS lookup, Wi-Fi join and MQTT connect use it: the caller waits only for its own
/// timeout, an abandoned call's results are released, not handed over, and a throwing call
/// is reported, not lost.
/// </summary>
[TestClass]
public sealed class BoundedCallTests
{
    private const int Long = 10_000;

    /// <summary>Work that blocks until released, then produces a result.</summary>
    private sealed class GatedWork : IBlockingWork
    {
        public readonly Latch Release = new();
        public readonly Latch Started = new();
        public readonly Latch Discarded = new();
        public Exception? Throw;
        public int Result;

        public void Run()
        {
            Started.Set();
            Assert.IsTrue(Release.Wait(Long), "the test never released the work");
            if (Throw != null)
            {
                throw Throw;
            }
            Result = 42;
        }

        public void Discard() => Discarded.Set();
    }

    [TestMethod]
    public void WorkThatFinishesInTimeHandsOverItsResult()
    {
        var work = new GatedWork();
        work.Release.Set();
        var call = new BoundedCall(work);
        Assert.IsTrue(call.Run(Long));
        Assert.AreEqual(42, work.Result);
        Assert.IsNull(call.Failure);
        Assert.IsFalse(work.Discarded.IsSet);
    }

    [TestMethod]
    public void WorkThatOutlivesTheTimeoutIsAbandonedAndItsResultDiscarded()
    {
        var work = new GatedWork();
        var call = new BoundedCall(work);
        Assert.IsFalse(call.Run(20), "a call still blocked reported that it finished");
        Assert.IsTrue(call.IsAbandoned);
        work.Release.Set();
        Assert.IsTrue(work.Discarded.Wait(Long), "the late result was not discarded");
    }

    [TestMethod]
    public void AbandonFromAnotherThreadEndsTheWaitAtOnce()
    {
        var work = new GatedWork();
        var call = new BoundedCall(work);
        var caller = Task.Run(() => call.Run(Long * 6));
        Assert.IsTrue(work.Started.Wait(Long));
        call.Abandon();
        Assert.IsTrue(caller.Wait(Long), "Run kept waiting after Abandon");
        Assert.IsFalse(caller.Result);
        work.Release.Set();
        Assert.IsTrue(work.Discarded.Wait(Long));
    }

    [TestMethod]
    public void AbandonAfterTheWorkFinishedDiscardsItsResult()
    {
        var work = new GatedWork();
        work.Release.Set();
        var call = new BoundedCall(work);
        Assert.IsTrue(call.Run(Long));
        call.Abandon();
        Assert.IsTrue(work.Discarded.IsSet, "a result taken back by Abandon was not released");
        Assert.IsTrue(call.IsAbandoned);
    }

    [TestMethod]
    public void WhatTheWorkThrewIsReported()
    {
        var work = new GatedWork { Throw = new InvalidOperationException("no adapter") };
        work.Release.Set();
        var call = new BoundedCall(work);
        Assert.IsTrue(call.Run(Long));
        Assert.IsInstanceOfType<InvalidOperationException>(call.Failure);
    }
}
