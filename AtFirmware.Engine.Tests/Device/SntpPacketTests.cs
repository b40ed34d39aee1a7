using EspAtNano.Engine.Device;

namespace EspAtNano.Tests.Device;

/// <summary>SNTP v4 packets (RFC 4330) of the device's managed client (AtFirmware.Engine/Device/SntpPacket.cs).</summary>
[TestClass]
public sealed class SntpPacketTests
{
    private const long Nonce = 0x0123456789ABCDEF;

    /// <summary>A server's reply: mode 4, stratum 2, the nonce echoed, transmit time as given.</summary>
    internal static byte[] Reply(long originate, uint seconds, uint fraction = 0, byte header = 0x24, byte stratum = 2)
    {
        byte[] reply = new byte[48];
        reply[0] = header;
        reply[1] = stratum;
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

    /// <summary>2026-11-29 12:00:00 UTC in NTP seconds since 1900.</summary>
    internal const uint Noon = 4_004_942_400;

    [TestMethod]
    public void TheRequestIsAVersion4ClientPacketCarryingTheNonce()
    {
        byte[] request = SntpPacket.Request(Nonce);
        Assert.AreEqual(48, request.Length);
        Assert.AreEqual(0x23, request[0]);
        CollectionAssert.AreEqual(new byte[] { 0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF }, request.Skip(40).ToArray());
        Assert.IsTrue(request.Take(40).All(b => b == 0 || b == 0x23));
    }

    [TestMethod]
    public void AValidReplyGivesTheServersTransmitTimeInUtc()
    {
        byte[] reply = Reply(Nonce, Noon, 0x80000000);
        Assert.IsNull(SntpPacket.Check(reply, 48, Nonce));
        Assert.AreEqual(new DateTime(2026, 11, 29, 12, 0, 0, 500), SntpPacket.TransmitTime(reply));
    }

    [TestMethod]
    public void TimestampsAfter2036AreInTheNextEra()
    {
        Assert.AreEqual(new DateTime(2036, 2, 7, 6, 28, 16), SntpPacket.FromNtp(0, 0));
        Assert.AreEqual(new DateTime(2036, 2, 7, 6, 28, 16).AddSeconds(100), SntpPacket.FromNtp(100, 0));
        Assert.AreEqual(new DateTime(1968, 1, 20, 3, 14, 8), SntpPacket.FromNtp(0x80000000, 0));
    }

    [TestMethod]
    [DataRow(47, 0x24, 2, Nonce, Noon, "a reply of 47 bytes, not 48", DisplayName = "too short")]
    [DataRow(48, 0x23, 2, Nonce, Noon, "a reply in mode 3, not 4 (server)", DisplayName = "a client packet")]
    [DataRow(48, 0xE4, 2, Nonce, Noon, "the server's clock is not synchronised", DisplayName = "leap indicator 3")]
    [DataRow(48, 0x24, 0, Nonce, Noon, "the server refused (kiss-o'-death)", DisplayName = "stratum 0")]
    [DataRow(48, 0x24, 2, Nonce + 1, Noon, "a reply to another request", DisplayName = "another nonce")]
    [DataRow(48, 0x24, 2, Nonce, 0u, "a reply without a transmit time", DisplayName = "no transmit time")]
    public void ABadReplyIsRefusedWithItsReason(int length, int header, int stratum, long originate, uint seconds, string reason)
    {
        byte[] reply = Reply(originate, seconds, 0, (byte)header, (byte)stratum);
        Assert.AreEqual(reason, SntpPacket.Check(reply, length, Nonce));
    }

    [TestMethod]
    public void NoReplyIsRefused()
    {
        Assert.AreEqual("a reply of 0 bytes, not 48", SntpPacket.Check(null!, 0, Nonce));
    }
}
