using System;
using EspAtNano.Engine.Device;
using EspAtNano.Firmware.Tests.Support;
using nanoFramework.TestFramework;

namespace EspAtNano.Firmware.Tests.Device
{
    /// <summary>
    /// SNTP v4 packets (RFC 4330) of the device's managed client (AtFirmware.Engine/Device/SntpPacket.cs):
    /// the request carries a nonce, a reply counts only when it is a synchronised server's answer
    /// to that request, and NTP time converts to UTC across the 2036 era rollover.
    /// </summary>
    [TestClass]
    public class SntpPacketTests
    {
        private const long Nonce = 0x0123456789ABCDEF;

        [TestMethod]
        public void TheRequestIsAVersion4ClientPacketCarryingTheNonce()
        {
            byte[] request = SntpPacket.Request(Nonce);
            Assert.AreEqual(48, request.Length);
            Assert.AreEqual((byte)0x23, request[0]);
            for (int i = 1; i < 40; i++)
            {
                Assert.AreEqual((byte)0, request[i], "byte " + i.ToString());
            }
            Assert.AreEqual(Nonce, SntpReply.NonceOf(request));
        }

        [TestMethod]
        public void AValidReplyGivesTheServersTransmitTimeInUtc()
        {
            byte[] reply = SntpReply.Build(Nonce, SntpReply.Noon, 0x80000000, SntpReply.ServerHeader, 2);
            Assert.IsNull(SntpPacket.Check(reply, 48, Nonce));
            Assert.AreEqual(new DateTime(2026, 11, 29, 12, 0, 0, 500), SntpPacket.TransmitTime(reply));
        }

        [TestMethod]
        public void TimestampsWithTheTopBitSetAreInTheFirstEra()
        {
            Assert.AreEqual(new DateTime(1968, 1, 20, 3, 14, 8), SntpPacket.FromNtp(0x80000000, 0));
            Assert.AreEqual(new DateTime(2036, 2, 7, 6, 28, 15), SntpPacket.FromNtp(0xFFFFFFFF, 0));
        }

        [TestMethod]
        public void TimestampsAfter2036AreInTheNextEra()
        {
            Assert.AreEqual(new DateTime(2036, 2, 7, 6, 28, 16), SntpPacket.FromNtp(0, 0));
            Assert.AreEqual(new DateTime(2036, 2, 7, 6, 29, 56), SntpPacket.FromNtp(100, 0));
        }

        [TestMethod]
        public void TheFractionCountsInMilliseconds()
        {
            Assert.AreEqual(new DateTime(2036, 2, 7, 6, 28, 16, 250), SntpPacket.FromNtp(0, 0x40000000));
            Assert.AreEqual(new DateTime(2036, 2, 7, 6, 28, 16, 999), SntpPacket.FromNtp(0, 0xFFFFFFFF));
        }

        [TestMethod]
        public void AShortReplyIsRefused()
        {
            byte[] reply = SntpReply.Build(Nonce, SntpReply.Noon);
            Assert.AreEqual("a reply of 47 bytes, not 48", SntpPacket.Check(reply, 47, Nonce));
        }

        [TestMethod]
        [DataRow(0x23, 2, "a reply in mode 3, not 4 (server)")]
        [DataRow(0xE4, 2, "the server's clock is not synchronised")]
        [DataRow(0x24, 0, "the server refused (kiss-o'-death)")]
        public void AReplyFromNoUsableServerIsRefusedWithItsReason(int header, int stratum, string reason)
        {
            byte[] reply = SntpReply.Build(Nonce, SntpReply.Noon, 0, header, stratum);
            Assert.AreEqual(reason, SntpPacket.Check(reply, 48, Nonce));
        }

        [TestMethod]
        public void AReplyToAnotherRequestIsRefused()
        {
            byte[] reply = SntpReply.Build(Nonce + 1, SntpReply.Noon);
            Assert.AreEqual("a reply to another request", SntpPacket.Check(reply, 48, Nonce));
        }

        [TestMethod]
        public void AReplyWithoutATransmitTimeIsRefused()
        {
            byte[] reply = SntpReply.Build(Nonce, 0);
            Assert.AreEqual("a reply without a transmit time", SntpPacket.Check(reply, 48, Nonce));
        }

        [TestMethod]
        public void NoReplyIsRefused()
        {
            Assert.AreEqual("a reply of 0 bytes, not 48", SntpPacket.Check(null, 0, Nonce));
        }
    }
}
