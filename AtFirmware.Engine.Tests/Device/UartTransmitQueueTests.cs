using EspAtNano.Engine.Device;

namespace EspAtNano.Tests.Device;

/// <summary>
/// The device's UART transmit side (AtFirmware.Engine/Device/UartTransmitQueue.cs): writers only
/// copy into a ring, one thread drains it into the port in order, a full ring holds the writer
/// back instead of dropping output, and a failing port loses only its own chunk.
/// </summary>
[TestClass]
public sealed class UartTransmitQueueTests
{
    private const int Wait = 10_000;

    /// <summary>A port whose Write blocks while closed; it records every byte written.</summary>
    private sealed class GatedPort : IByteSink
    {
        private readonly Latch _open;
        private readonly List<byte> _written = new();
        public readonly Latch Entered = new();
        public int FailNextWrites;

        public GatedPort(bool open)
        {
            _open = new Latch(open);
        }

        public void Open() => _open.Set();

        public void Close()
        {
            _open.Reset();
            Entered.Reset();
        }

        public void Write(byte[] data, int offset, int count)
        {
            Entered.Set();
            Assert.IsTrue(_open.Wait(Wait), "the test never opened the port");
            lock (_written)
            {
                if (FailNextWrites > 0)
                {
                    FailNextWrites--;
                    throw new IOException("port gone");
                }
                _written.AddRange(new ArraySegment<byte>(data, offset, count));
                Monitor.PulseAll(_written);
            }
        }

        public byte[] WaitFor(int count)
        {
            lock (_written)
            {
                while (_written.Count < count)
                {
                    Assert.IsTrue(Monitor.Wait(_written, Wait), "only " + _written.Count + " of " + count + " bytes reached the port");
                }
                return _written.ToArray();
            }
        }
    }

    private static byte[] Bytes(int count, int seed) => Enumerable.Range(0, count).Select(i => (byte)(i * 7 + seed)).ToArray();

    [TestMethod]
    public void BytesLeaveInTheOrderTheyWereWritten()
    {
        var port = new GatedPort(open: true);
        var queue = new UartTransmitQueue(port, 16, new ListLog());
        try
        {
            byte[] first = Bytes(10, 1), second = Bytes(30, 2);
            queue.Write(first, 0, first.Length);
            queue.Write(second, 5, 20);
            CollectionAssert.AreEqual(first.Concat(second.Skip(5).Take(20)).ToArray(), port.WaitFor(30));
            Assert.IsTrue(queue.Drain(Wait), "the ring did not report empty after everything was written");
        }
        finally
        {
            queue.Close();
        }
    }

    [TestMethod]
    public void AWriterWaitsWhileTheRingIsFullAndNothingIsDropped()
    {
        var port = new GatedPort(open: false);
        var queue = new UartTransmitQueue(port, 8, new ListLog());
        try
        {
            byte[] data = Bytes(20, 3);
            var writer = Task.Run(() => queue.Write(data, 0, data.Length));
            // The writer thread holds the first chunk in the closed port and the ring refills behind it.
            Assert.IsTrue(port.Entered.Wait(Wait), "the writer thread never reached the port");
            Assert.IsTrue(SpinWait.SpinUntil(() => queue.QueuedBytes == 8, Wait), "the ring never filled");
            Assert.IsFalse(writer.IsCompleted, "Write returned with " + (20 - 8) + " bytes neither queued nor written");
            port.Open();
            Assert.IsTrue(writer.Wait(Wait), "Write did not return once the port took bytes");
            CollectionAssert.AreEqual(data, port.WaitFor(20));
        }
        finally
        {
            port.Open();
            queue.Close();
        }
    }

    [TestMethod]
    public void BytesThatWrapAroundTheRingNeverOverwriteUnsentOnes()
    {
        var port = new GatedPort(open: true);
        var queue = new UartTransmitQueue(port, 8, new ListLog());
        try
        {
            byte[] first = Bytes(6, 8), second = Bytes(2, 9), third = Bytes(10, 10);
            queue.Write(first, 0, first.Length);
            port.WaitFor(6);
            Assert.IsTrue(queue.Drain(Wait));
            // The ring's head now sits at 6: the next bytes fill its end, then wrap to its start.
            port.Close();
            queue.Write(second, 0, second.Length);
            Assert.IsTrue(port.Entered.Wait(Wait));
            var writer = Task.Run(() => queue.Write(third, 0, third.Length));
            Assert.IsTrue(SpinWait.SpinUntil(() => queue.QueuedBytes == 8, Wait), "the ring never filled");
            port.Open();
            Assert.IsTrue(writer.Wait(Wait));
            CollectionAssert.AreEqual(first.Concat(second).Concat(third).ToArray(), port.WaitFor(18));
        }
        finally
        {
            port.Open();
            queue.Close();
        }
    }

    [TestMethod]
    public void DrainTimesOutWhileThePortHoldsTheBytes()
    {
        var port = new GatedPort(open: false);
        var queue = new UartTransmitQueue(port, 8, new ListLog());
        try
        {
            queue.Write(Bytes(4, 4), 0, 4);
            Assert.IsTrue(port.Entered.Wait(Wait));
            Assert.IsFalse(queue.Drain(50), "Drain reported empty while the port still held the bytes");
            port.Open();
            Assert.IsTrue(queue.Drain(Wait));
        }
        finally
        {
            port.Open();
            queue.Close();
        }
    }

    [TestMethod]
    public void AFailingPortWriteIsLoggedAndLaterBytesStillGoOut()
    {
        var port = new GatedPort(open: true) { FailNextWrites = 1 };
        var log = new ListLog();
        var queue = new UartTransmitQueue(port, 16, log);
        try
        {
            queue.Write(Bytes(4, 5), 0, 4);
            Assert.IsTrue(queue.Drain(Wait));
            byte[] later = Bytes(6, 6);
            queue.Write(later, 0, later.Length);
            CollectionAssert.AreEqual(later, port.WaitFor(6));
            Assert.IsTrue(log.Any("uart: write of 4 bytes failed: System.IO.IOException: port gone"), string.Join("\n", log.Snapshot()));
        }
        finally
        {
            queue.Close();
        }
    }

    [TestMethod]
    public void CloseReleasesAWaitingWriter()
    {
        var port = new GatedPort(open: false);
        var queue = new UartTransmitQueue(port, 4, new ListLog());
        try
        {
            byte[] data = Bytes(12, 7);
            var writer = Task.Run(() => queue.Write(data, 0, data.Length));
            Assert.IsTrue(SpinWait.SpinUntil(() => queue.QueuedBytes == 4 && port.Entered.IsSet, Wait));
            queue.Close();
            Assert.IsTrue(writer.Wait(Wait), "a writer waiting for space stayed blocked after Close");
        }
        finally
        {
            port.Open();
        }
    }
}
