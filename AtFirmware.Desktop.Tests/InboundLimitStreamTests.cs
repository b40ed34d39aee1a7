using System.Text;
using static EspAtNano.Desktop.Tests.Support.MqttWire;

namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// The twin's cap on what a broker may send (EspAtNano.Desktop.Mqtt.InboundLimitStream, the
    /// stream MQTTnet reads): bytes pass unchanged whatever the read sizes; a packet too large
    /// for the largest accepted message, or with a malformed length, fails the read that would
    /// complete its fixed header, so MQTTnet never sees the length it would allocate.
    /// </summary>
    [TestClass]
    public sealed class InboundLimitStreamTests
    {
        private const int MaxMessage = 1000;

        /// <summary>The largest remaining length accepted: the message, the longest topic (2 + 65535) and a packet id (2).</summary>
        private const int MaxPacket = MaxMessage + 2 + 65535 + 2;

        private static Stream Limited(byte[] fromBroker)
        {
            return TwinInternals.InboundLimitStream(new MemoryStream(fromBroker), MaxMessage);
        }

        /// <summary>Every kind of packet a broker sends a client, with 1-, 2- and 3-byte lengths.</summary>
        private static byte[] Conversation()
        {
            return Concat(
                ConnAckPacket(),
                Packet(SubAck, 0, 0, 1, 0, 1, 2),
                PublishPacket("a/b", "hello"),
                PublishPacket(Encoding.UTF8.GetBytes("t/" + new string('x', 200)), new byte[MaxMessage], qos: 1, packetId: 7),
                Packet(PingResp, 0),
                Packet(PubAck, 0, 0, 7),
                PublishPacket(Encoding.UTF8.GetBytes(new string('y', 20000)), new byte[MaxMessage], qos: 2, packetId: 8),
                Packet(UnsubAck, 0, 0, 9),
                PublishPacket("", ""));
        }

        /// <summary>Reads to the end, each read asking for <paramref name="sizes"/>(its index) bytes.</summary>
        private static byte[] ReadAll(Stream stream, Func<int, int> sizes)
        {
            MemoryStream all = new MemoryStream();
            byte[] buffer = new byte[70000];
            for (int i = 0; ; i++)
            {
                int n = stream.Read(buffer, 0, sizes(i));
                if (n == 0)
                {
                    return all.ToArray();
                }
                all.Write(buffer, 0, n);
            }
        }

        [TestMethod]
        public void PacketsReadOneByteAtATimePassThroughUnchanged()
        {
            byte[] sent = Conversation();
            CollectionAssert.AreEqual(sent, ReadAll(Limited(sent), _ => 1));
        }

        [TestMethod]
        public void PacketsSplitInTwoAtEveryBytePassThroughUnchanged()
        {
            byte[] sent = Conversation();
            for (int split = 1; split < sent.Length; split++)
            {
                byte[] got = ReadAll(Limited(sent), i => i == 0 ? split : sent.Length);
                Assert.IsTrue(sent.AsSpan().SequenceEqual(got), "split after byte " + split);
            }
        }

        [TestMethod]
        public void PacketsPassThroughEveryReadMethodUnchanged()
        {
            byte[] sent = Conversation();
            byte[] buffer = new byte[333];
            Func<Stream, int>[] reads =
            {
                s => s.Read(buffer, 0, buffer.Length),
                s => s.Read(buffer.AsSpan()),
                s => s.ReadAsync(buffer, 0, buffer.Length).GetAwaiter().GetResult(),
                s => s.ReadAsync(buffer.AsMemory()).AsTask().GetAwaiter().GetResult(),
                s => s.EndRead(s.BeginRead(buffer, 0, buffer.Length, null, null)),
                s =>
                {
                    int b = s.ReadByte();
                    buffer[0] = (byte)b;
                    return b < 0 ? 0 : 1;
                },
            };
            for (int method = 0; method < reads.Length; method++)
            {
                Stream limited = Limited(sent);
                MemoryStream got = new MemoryStream();
                int n;
                while ((n = reads[method](limited)) > 0)
                {
                    got.Write(buffer, 0, n);
                }
                CollectionAssert.AreEqual(sent, got.ToArray(), "read method " + method);
            }
            MemoryStream copied = new MemoryStream();
            Limited(sent).CopyTo(copied);
            CollectionAssert.AreEqual(sent, copied.ToArray(), "CopyTo");
        }

        [TestMethod]
        public void AMessageOfTheLargestAcceptedLengthPassesUnderTheLongestTopic()
        {
            // Remaining length exactly MaxPacket: 2 + 65535 topic bytes, a packet id, MaxMessage bytes.
            byte[] sent = Concat(PublishPacket(new byte[65535], new byte[MaxMessage], qos: 1), ConnAckPacket());
            CollectionAssert.AreEqual(sent, ReadAll(Limited(sent), _ => 4096));
        }

        [TestMethod]
        public void APublishAnnouncing256MiBFailsOnItsHeaderWithoutAllocatingIt()
        {
            byte[] header = FixedHeader(MqttWire.Publish, 0, LargestRemainingLength);
            byte[] sent = Concat(ConnAckPacket(), header);
            Stream limited = Limited(sent);
            byte[] buffer = new byte[64];
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

            // The packets before it pass; the PUBLISH's header does not, not even its first byte.
            Assert.AreEqual(4, limited.Read(buffer, 0, buffer.Length));
            IOException refused = Assert.ThrowsExactly<IOException>(() => limited.Read(buffer, 0, buffer.Length));
            long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

            Assert.AreEqual("broker sent a PUBLISH of 268435455 bytes; the largest accepted is " + MaxPacket
                + " (a message of up to " + MaxMessage + " bytes with its topic and packet id)", refused.Message);
            Assert.IsLessThan(64 * 1024, allocated, "bytes allocated while refusing (the exception and its message only)");
        }

        [TestMethod]
        public void AHeaderReadAByteAtATimeFailsOnTheByteThatCompletesTheLength()
        {
            // MQTTnet reads two bytes, then the rest of the length one byte at a time.
            Stream limited = Limited(FixedHeader(MqttWire.Publish, 0, LargestRemainingLength));
            byte[] buffer = new byte[2];
            Assert.AreEqual(2, limited.Read(buffer, 0, 2));
            Assert.AreEqual(1, limited.Read(buffer, 0, 1));
            Assert.AreEqual(1, limited.Read(buffer, 0, 1));
            Assert.ThrowsExactly<IOException>(() => limited.Read(buffer, 0, 1));
        }

        [TestMethod]
        public void OneByteMoreThanTheLargestPacketIsRefused()
        {
            byte[] sent = Concat(FixedHeader(MqttWire.Publish, 2, MaxPacket + 1), new byte[100]);
            IOException refused = Assert.ThrowsExactly<IOException>(() => ReadAll(Limited(sent), _ => 4096));
            StringAssert.StartsWith(refused.Message, "broker sent a PUBLISH of " + (MaxPacket + 1) + " bytes;");
        }

        [TestMethod]
        public void AMessageOneByteOverTheLimitIsRefusedAtItsTopicLength()
        {
            // Well within the largest packet, but the topic is short: the message itself is too long.
            byte[] sent = PublishPacket(Encoding.UTF8.GetBytes("a/b"), new byte[MaxMessage + 1], qos: 1);
            IOException refused = Assert.ThrowsExactly<IOException>(() => ReadAll(Limited(sent), _ => 1));
            Assert.AreEqual("broker sent a PUBLISH with a message of " + (MaxMessage + 1) + " bytes; the largest accepted is " + MaxMessage,
                refused.Message);
        }

        [TestMethod]
        public void ARemainingLengthWithAFifthByteIsMalformed()
        {
            byte[] sent = Concat(ConnAckPacket(), new byte[] { 0x30, 0x80, 0x80, 0x80, 0x80, 0x01 });
            Stream limited = Limited(sent);
            byte[] buffer = new byte[64];
            Assert.AreEqual(4, limited.Read(buffer, 0, buffer.Length), "the CONNACK before it");
            IOException refused = Assert.ThrowsExactly<IOException>(() => limited.Read(buffer, 0, buffer.Length));
            Assert.AreEqual("broker sent a PUBLISH whose remaining length goes on past 4 bytes (a malformed MQTT packet)", refused.Message);
        }

        [TestMethod]
        public void AfterARefusalEveryReadFailsButWritesStillGoOut()
        {
            MemoryStream broker = new MemoryStream();
            broker.Write(FixedHeader(MqttWire.Publish, 0, LargestRemainingLength));
            broker.Position = 0;
            Stream limited = TwinInternals.InboundLimitStream(broker, MaxMessage);
            byte[] buffer = new byte[16];
            Assert.ThrowsExactly<IOException>(() => limited.Read(buffer, 0, buffer.Length));
            Assert.ThrowsExactly<IOException>(() => limited.Read(buffer, 0, buffer.Length));
            Assert.ThrowsExactly<IOException>(() => limited.ReadAsync(buffer.AsMemory()).AsTask().GetAwaiter().GetResult());

            // What the client sends is not the limit's business, even what it would refuse to read.
            long end = broker.Length;
            byte[] huge = FixedHeader(MqttWire.Publish, 0, LargestRemainingLength);
            limited.Write(huge, 0, huge.Length);
            limited.Flush();
            CollectionAssert.AreEqual(huge, broker.ToArray().AsSpan((int)end).ToArray());
        }
    }
}
