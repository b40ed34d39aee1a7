#nullable disable
namespace EspAtNano.Firmware.Tests.Support
{
    /// <summary>An SNTP server's 48-byte reply, as the tests need it good or bad.</summary>
    public static class SntpReply
    {
        /// <summary>LI 0, version 4, mode 4 (server).</summary>
        public const int ServerHeader = 0x24;

        /// <summary>2026-11-29 12:00:00 UTC in NTP seconds since 1900.</summary>
        public const uint Noon = 4004942400;

        /// <summary>A reply echoing <paramref name="originate"/>, sent at <paramref name="seconds"/>.<paramref name="fraction"/>.</summary>
        public static byte[] Build(long originate, uint seconds, uint fraction, int header, int stratum)
        {
            byte[] reply = new byte[48];
            reply[0] = (byte)header;
            reply[1] = (byte)stratum;
            for (int i = 0; i < 8; i++)
            {
                reply[24 + i] = (byte)(originate >> (56 - 8 * i));
            }
            for (int i = 0; i < 4; i++)
            {
                reply[40 + i] = (byte)(seconds >> (24 - 8 * i));
                reply[44 + i] = (byte)(fraction >> (24 - 8 * i));
            }
            return reply;
        }

        /// <summary>A good server's reply to <paramref name="originate"/>: stratum 2, whole seconds.</summary>
        public static byte[] Build(long originate, uint seconds)
        {
            return Build(originate, seconds, 0, ServerHeader, 2);
        }

        /// <summary>The nonce a request carries in its transmit timestamp.</summary>
        public static long NonceOf(byte[] request)
        {
            long nonce = 0;
            for (int i = 0; i < 8; i++)
            {
                nonce = (nonce << 8) | request[40 + i];
            }
            return nonce;
        }
    }
}
