using System;

namespace EspAtNano.Engine.Device
{
    /// <summary>
    /// SNTP v4 (RFC 4330) client packets: the 48-byte request and the checks on a server's reply.
    /// The request carries a nonce in its transmit timestamp, which a genuine reply echoes as its
    /// originate timestamp, so a stray or forged datagram cannot set the clock.
    /// </summary>
    internal static class SntpPacket
    {
        public const int Length = 48;
        public const int Port = 123;

        /// <summary>LI 0, version 4, mode 3 (client).</summary>
        private const byte ClientHeader = 0x23;
        private const int ModeServer = 4;
        private const int LeapUnsynchronised = 3;
        private const int OriginateOffset = 24;
        private const int TransmitOffset = 40;

        /// <summary>NTP era 0 starts here; timestamps with the top bit clear are era 1 (from 2036-02-07).</summary>
        private static readonly DateTime Era0 = new DateTime(1900, 1, 1, 0, 0, 0);
        private const long SecondsPerEra = 4294967296L;

        /// <summary>A client request whose transmit timestamp is <paramref name="nonce"/>.</summary>
        public static byte[] Request(long nonce)
        {
            byte[] packet = new byte[Length];
            packet[0] = ClientHeader;
            WriteUInt64(packet, TransmitOffset, nonce);
            return packet;
        }

        /// <summary>Null when <paramref name="reply"/> answers the request with <paramref name="nonce"/>; otherwise why not.</summary>
        public static string Check(byte[] reply, int length, long nonce)
        {
            if (reply == null || length < Length)
            {
                return "a reply of " + (reply == null ? 0 : length).ToString() + " bytes, not " + Length.ToString();
            }
            int mode = reply[0] & 0x07;
            if (mode != ModeServer)
            {
                return "a reply in mode " + mode.ToString() + ", not 4 (server)";
            }
            if ((reply[0] >> 6) == LeapUnsynchronised)
            {
                return "the server's clock is not synchronised";
            }
            if (reply[1] == 0)
            {
                // Stratum 0 is a kiss-o'-death: the server asks not to be asked (RFC 4330 section 8).
                return "the server refused (kiss-o'-death)";
            }
            if (ReadUInt64(reply, OriginateOffset) != nonce)
            {
                return "a reply to another request";
            }
            if (ReadUInt32(reply, TransmitOffset) == 0)
            {
                return "a reply without a transmit time";
            }
            return null;
        }

        /// <summary>The server's transmit time of a reply that passed Check, in UTC.</summary>
        public static DateTime TransmitTime(byte[] reply)
        {
            return FromNtp(ReadUInt32(reply, TransmitOffset), ReadUInt32(reply, TransmitOffset + 4));
        }

        /// <summary>An NTP timestamp (seconds and 2^-32 fractions since 1900, in its era) as UTC.</summary>
        public static DateTime FromNtp(uint seconds, uint fraction)
        {
            long total = seconds;
            if ((seconds & 0x80000000) == 0)
            {
                total += SecondsPerEra;
            }
            long milliseconds = (long)(((ulong)fraction * 1000UL) >> 32);
            return Era0.AddTicks(total * TimeSpan.TicksPerSecond + milliseconds * TimeSpan.TicksPerMillisecond);
        }

        private static uint ReadUInt32(byte[] data, int offset)
        {
            return ((uint)data[offset] << 24) | ((uint)data[offset + 1] << 16) | ((uint)data[offset + 2] << 8) | data[offset + 3];
        }

        private static long ReadUInt64(byte[] data, int offset)
        {
            return ((long)ReadUInt32(data, offset) << 32) | ReadUInt32(data, offset + 4);
        }

        private static void WriteUInt64(byte[] data, int offset, long value)
        {
            for (int i = 7; i >= 0; i--)
            {
                data[offset + i] = (byte)value;
                value >>= 8;
            }
        }
    }
}
