namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// The twin's line timing (LinePacer) on a clock the test drives: a byte is passed on only
    /// once an 8N1 line (10 bits a byte) could have carried it, and every byte whose time has
    /// come is passed on at once.
    /// </summary>
    [TestClass]
    public sealed class LinePacerTests
    {
        private const int Baud = 9600;
        private static readonly TimeSpan ByteTime = TimeSpan.FromTicks(10 * TimeSpan.TicksPerSecond / Baud);

        [TestMethod]
        public void NoByteIsPassedOnBeforeTheLineCouldHaveCarriedIt()
        {
            using FakeLine line = new FakeLine(TimeSpan.FromSeconds(5), oversleep: TimeSpan.FromMilliseconds(0.7));
            byte[] block = Block(1000);
            Assert.IsTrue(line.Pass(block));
            int crossed = 0;
            foreach ((TimeSpan at, byte[] bytes) in line.Batches)
            {
                crossed += bytes.Length;
                TimeSpan due = TimeSpan.FromSeconds(5) + TimeSpan.FromTicks(crossed * 10L * TimeSpan.TicksPerSecond / Baud);
                Assert.IsTrue(at >= due, "byte " + crossed + " passed on at " + at + ", before " + due);
            }
            CollectionAssert.AreEqual(block, line.Delivered);
        }

        [TestMethod]
        public void EveryByteWhoseTimeHasComeIsPassedOnInOneBatch()
        {
            // Sleeps of about a millisecond, as on Linux: a dozen bytes at 115200 baud each time.
            using FakeLine line = new FakeLine(TimeSpan.Zero, oversleep: TimeSpan.FromMilliseconds(1), baud: 115200);
            Assert.IsTrue(line.Pass(Block(500)));
            int crossed = 0;
            foreach ((TimeSpan at, byte[] bytes) in line.Batches)
            {
                crossed += bytes.Length;
                Assert.AreEqual(Math.Min(500, (int)(at.Ticks * 115200 / (10 * TimeSpan.TicksPerSecond))), crossed, "bytes passed on by " + at);
            }
            Assert.IsTrue(line.Batches.Count < 500 / 5, "passed on in " + line.Batches.Count + " batches");
        }

        [TestMethod]
        public void AnIdleLineGivesNoHeadStart()
        {
            using FakeLine line = new FakeLine(TimeSpan.Zero, oversleep: TimeSpan.Zero);
            Assert.IsTrue(line.Pass(Block(10)));
            line.Now += TimeSpan.FromSeconds(1);
            TimeSpan handedOver = line.Now;
            line.Batches.Clear();
            Assert.IsTrue(line.Pass(Block(10)));
            Assert.IsTrue(line.Batches[0].At >= handedOver + ByteTime, "first byte after the pause at " + line.Batches[0].At);
            Assert.IsTrue(line.Batches[^1].At >= handedOver + 10 * ByteTime, "last byte after the pause at " + line.Batches[^1].At);
        }

        [TestMethod]
        public void AStopEndsThePassingAndSaysSo()
        {
            using FakeLine line = new FakeLine(TimeSpan.Zero, oversleep: TimeSpan.Zero);
            line.StopAfterWaits = 3;
            Assert.IsFalse(line.Pass(Block(100)));
            Assert.IsTrue(line.Delivered.Length < 100, line.Delivered.Length + " bytes passed on");
        }

        private static byte[] Block(int length) => Enumerable.Range(0, length).Select(i => (byte)i).ToArray();

        /// <summary>A clock that moves only when the pacer waits (by the time asked plus an oversleep), and what was passed on when.</summary>
        private sealed class FakeLine : IDisposable
        {
            private readonly Func<byte[], int, int, Action<byte[], int, int>, CancellationToken, bool> _pass;
            private readonly TimeSpan _oversleep;
            private readonly CancellationTokenSource _stop = new CancellationTokenSource();

            public FakeLine(TimeSpan now, TimeSpan oversleep, int baud = Baud)
            {
                Now = now;
                _oversleep = oversleep;
                _pass = TwinInternals.LinePacer(baud, () => Now, Wait);
            }

            public TimeSpan Now { get; set; }
            public int StopAfterWaits { get; set; } = int.MaxValue;
            public List<(TimeSpan At, byte[] Bytes)> Batches { get; } = new List<(TimeSpan, byte[])>();
            public byte[] Delivered => Batches.SelectMany(b => b.Bytes).ToArray();

            public bool Pass(byte[] block)
            {
                return _pass(block, 0, block.Length, (data, offset, count) => Batches.Add((Now, data.AsSpan(offset, count).ToArray())), _stop.Token);
            }

            public void Dispose() => _stop.Dispose();

            private bool Wait(TimeSpan time, CancellationToken stop)
            {
                Assert.IsTrue(time > TimeSpan.Zero, "asked to wait " + time);
                if (--StopAfterWaits < 0)
                {
                    _stop.Cancel();
                }
                if (stop.IsCancellationRequested)
                {
                    return true;
                }
                Now += time + _oversleep;
                return false;
            }
        }
    }
}
