using EspAtNano.Engine.Device;
using EspAtNano.Firmware.Tests.Support;
using nanoFramework.TestFramework;

namespace EspAtNano.Firmware.Tests.Device
{
    /// <summary>
    /// The device's UART transmit side (AtFirmware.Engine/Device/UartTransmitQueue.cs): writers only
    /// copy into a ring, one thread drains it into the port in order, a full ring holds the writer
    /// back instead of dropping output, and a failing port loses only its own chunk.
    /// </summary>
    [TestClass]
    public class UartTransmitQueueTests
    {
        private static byte[] Bytes(int count, int seed)
        {
            byte[] bytes = new byte[count];
            for (int i = 0; i < count; i++)
            {
                bytes[i] = (byte)(i * 7 + seed);
            }
            return bytes;
        }

        private static byte[] Join(byte[] a, byte[] b)
        {
            byte[] joined = new byte[a.Length + b.Length];
            a.CopyTo(joined, 0);
            b.CopyTo(joined, a.Length);
            return joined;
        }

        private static byte[] Slice(byte[] data, int offset, int count)
        {
            byte[] slice = new byte[count];
            System.Array.Copy(data, offset, slice, 0, count);
            return slice;
        }

        private static void SameBytes(byte[] expected, byte[] actual)
        {
            Assert.AreEqual(expected.Length, actual.Length, "bytes that reached the port");
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.AreEqual(expected[i], actual[i], "byte " + i.ToString());
            }
        }

        [TestMethod]
        public void BytesLeaveInTheOrderTheyWereWritten()
        {
            GatedPort port = new GatedPort(true);
            UartTransmitQueue queue = new UartTransmitQueue(port, 16, new RecordingLog());
            try
            {
                byte[] first = Bytes(10, 1);
                byte[] second = Bytes(30, 2);
                queue.Write(first, 0, first.Length);
                queue.Write(second, 5, 20);
                SameBytes(Join(first, Slice(second, 5, 20)), port.WaitFor(30));
                Assert.IsTrue(queue.Drain(Waiting.LimitMs), "the ring did not report empty after everything was written");
            }
            finally
            {
                queue.Close();
            }
        }

        [TestMethod]
        public void AWriterWaitsWhileTheRingIsFullAndNothingIsDropped()
        {
            GatedPort port = new GatedPort(false);
            UartTransmitQueue queue = new UartTransmitQueue(port, 8, new RecordingLog());
            try
            {
                byte[] data = Bytes(20, 3);
                BackgroundCall writer = BackgroundCall.Start(() => queue.Write(data, 0, data.Length));
                // The writer thread holds the first chunk in the shut port and the ring refills behind it.
                Assert.IsTrue(port.Entered.WaitOne(Waiting.LimitMs, false), "the writer thread never reached the port");
                Assert.IsTrue(Waiting.Until(() => queue.QueuedBytes == 8), "the ring never filled");
                Assert.IsFalse(writer.HasEnded, "Write returned with 12 bytes neither queued nor written");
                port.Open();
                Assert.IsTrue(writer.WaitEnded(), "Write did not return once the port took bytes");
                SameBytes(data, port.WaitFor(20));
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
            GatedPort port = new GatedPort(true);
            UartTransmitQueue queue = new UartTransmitQueue(port, 8, new RecordingLog());
            try
            {
                byte[] first = Bytes(6, 8);
                byte[] second = Bytes(2, 9);
                byte[] third = Bytes(10, 10);
                queue.Write(first, 0, first.Length);
                port.WaitFor(6);
                Assert.IsTrue(queue.Drain(Waiting.LimitMs));
                // The ring's head now sits at 6: the next bytes fill its end, then wrap to its start.
                port.Shut();
                queue.Write(second, 0, second.Length);
                Assert.IsTrue(port.Entered.WaitOne(Waiting.LimitMs, false), "the writer thread never reached the port");
                BackgroundCall writer = BackgroundCall.Start(() => queue.Write(third, 0, third.Length));
                Assert.IsTrue(Waiting.Until(() => queue.QueuedBytes == 8), "the ring never filled");
                port.Open();
                Assert.IsTrue(writer.WaitEnded(), "Write did not return once the port took bytes");
                SameBytes(Join(Join(first, second), third), port.WaitFor(18));
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
            GatedPort port = new GatedPort(false);
            UartTransmitQueue queue = new UartTransmitQueue(port, 8, new RecordingLog());
            try
            {
                queue.Write(Bytes(4, 4), 0, 4);
                Assert.IsTrue(port.Entered.WaitOne(Waiting.LimitMs, false), "the writer thread never reached the port");
                Assert.IsFalse(queue.Drain(50), "Drain reported empty while the port still held the bytes");
                port.Open();
                Assert.IsTrue(queue.Drain(Waiting.LimitMs));
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
            GatedPort port = new GatedPort(true);
            port.FailNextWrites = 1;
            RecordingLog log = new RecordingLog();
            UartTransmitQueue queue = new UartTransmitQueue(port, 16, log);
            try
            {
                queue.Write(Bytes(4, 5), 0, 4);
                Assert.IsTrue(queue.Drain(Waiting.LimitMs));
                byte[] later = Bytes(6, 6);
                queue.Write(later, 0, later.Length);
                SameBytes(later, port.WaitFor(6));
                Assert.IsTrue(log.Contains("uart: write of 4 bytes failed: System.InvalidOperationException: port gone"), log.Text);
            }
            finally
            {
                queue.Close();
            }
        }

        [TestMethod]
        public void CloseReleasesAWaitingWriter()
        {
            GatedPort port = new GatedPort(false);
            UartTransmitQueue queue = new UartTransmitQueue(port, 4, new RecordingLog());
            try
            {
                byte[] data = Bytes(12, 7);
                BackgroundCall writer = BackgroundCall.Start(() => queue.Write(data, 0, data.Length));
                Assert.IsTrue(port.Entered.WaitOne(Waiting.LimitMs, false), "the writer thread never reached the port");
                Assert.IsTrue(Waiting.Until(() => queue.QueuedBytes == 4), "the ring never filled");
                queue.Close();
                Assert.IsTrue(writer.WaitEnded(), "a writer waiting for space stayed blocked after Close");
            }
            finally
            {
                port.Open();
            }
        }

        [TestMethod]
        public void AfterCloseWritesAreDropped()
        {
            GatedPort port = new GatedPort(true);
            UartTransmitQueue queue = new UartTransmitQueue(port, 8, new RecordingLog());
            queue.Close();
            queue.Write(Bytes(20, 1), 0, 20);
            Assert.AreEqual(0, queue.QueuedBytes);
        }
    }
}
