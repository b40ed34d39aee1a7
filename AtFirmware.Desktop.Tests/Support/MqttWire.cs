using System.Text;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>
    /// MQTT 3.1.1 packets as bytes (OASIS MQTT 3.1.1 docs/link-states.md–3), written by hand so that tests can
    /// also send what no MQTT library would: a length that announces more than follows, a
    /// malformed length, a topic that is not UTF-8.
    /// </summary>
    public static class MqttWire
    {
        public const int Connect = 1;
        public const int ConnAck = 2;
        public const int Publish = 3;
        public const int PubAck = 4;
        public const int PubRec = 5;
        public const int PubRel = 6;
        public const int PubComp = 7;
        public const int Subscribe = 8;
        public const int SubAck = 9;
        public const int Unsubscribe = 10;
        public const int UnsubAck = 11;
        public const int PingReq = 12;
        public const int PingResp = 13;
        public const int Disconnect = 14;

        /// <summary>The largest remaining length the 4-byte encoding can carry (256 MiB − 1).</summary>
        public const int LargestRemainingLength = 268_435_455;

        /// <summary>The fixed header alone: type and flags, then the remaining length in 1–4 bytes.</summary>
        public static byte[] FixedHeader(int type, int flags, int remainingLength)
        {
            List<byte> header = new List<byte> { (byte)(type << 4 | flags) };
            do
            {
                byte digit = (byte)(remainingLength % 128);
                remainingLength /= 128;
                header.Add(remainingLength > 0 ? (byte)(digit | 0x80) : digit);
            }
            while (remainingLength > 0);
            return header.ToArray();
        }

        /// <summary>A whole packet: its fixed header, then <paramref name="body"/>.</summary>
        public static byte[] Packet(int type, int flags, params byte[] body)
        {
            return Concat(FixedHeader(type, flags, body.Length), body);
        }

        /// <summary>A PUBLISH of these exact topic bytes; QoS 1 and 2 carry <paramref name="packetId"/>.</summary>
        public static byte[] PublishPacket(byte[] topic, byte[] payload, int qos = 0, int packetId = 1)
        {
            byte[] packetIdBytes = qos > 0 ? TwoBytes(packetId) : Array.Empty<byte>();
            return Packet(Publish, qos << 1, Concat(TwoBytes(topic.Length), topic, packetIdBytes, payload));
        }

        public static byte[] PublishPacket(string topic, string payload)
        {
            return PublishPacket(Encoding.UTF8.GetBytes(topic), Encoding.UTF8.GetBytes(payload));
        }

        /// <summary>CONNACK: no session present, connection accepted.</summary>
        public static byte[] ConnAckPacket()
        {
            return Packet(ConnAck, 0, 0, 0);
        }

        public static byte[] Concat(params byte[][] parts)
        {
            return parts.SelectMany(p => p).ToArray();
        }

        public static byte[] TwoBytes(int value)
        {
            return new[] { (byte)(value >> 8), (byte)value };
        }

        /// <summary>One whole packet from <paramref name="stream"/>; null when the stream ends between packets.</summary>
        public static WirePacket? Read(Stream stream)
        {
            int first = stream.ReadByte();
            if (first < 0)
            {
                return null;
            }
            int length = 0;
            for (int shift = 0; ; shift += 7)
            {
                if (shift > 21)
                {
                    throw new InvalidDataException("a remaining length longer than 4 bytes");
                }
                int b = ReadByteOrFail(stream);
                length |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0)
                {
                    break;
                }
            }
            byte[] body = new byte[length];
            stream.ReadExactly(body);
            return new WirePacket(first >> 4, first & 0x0F, body);
        }

        private static int ReadByteOrFail(Stream stream)
        {
            int b = stream.ReadByte();
            if (b < 0)
            {
                throw new EndOfStreamException("the stream ended inside a fixed header");
            }
            return b;
        }
    }
}
