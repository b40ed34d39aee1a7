using EspAtNano.Engine.Device;

namespace EspAtNano.Tests.Device;

/// <summary>
/// A failed MQTT connect is a TLS failure (0x6009-family answers) or a network failure whatever
/// the firmware's date (AtFirmware.Engine/Device/ChannelFailure.cs): older firmware reports a
/// failed handshake as a SocketException, like a refused TCP connect, and a TCP probe decides.
/// </summary>
[TestClass]
public sealed class ChannelFailureTests
{
    [TestMethod]
    public void WithoutTlsEveryChannelFailureIsTheNetwork()
    {
        Assert.IsFalse(ChannelFailure.NeedsTcpProbe(secure: false, socketException: true));
        Assert.AreEqual(ConnectFailure.Network, ChannelFailure.Classify(false, true, false));
        Assert.AreEqual(ConnectFailure.Network, ChannelFailure.Classify(false, false, false));
    }

    [TestMethod]
    public void NewerFirmwaresCryptographicExceptionIsTls()
    {
        Assert.IsFalse(ChannelFailure.NeedsTcpProbe(secure: true, socketException: false));
        Assert.AreEqual(ConnectFailure.TlsHandshake, ChannelFailure.Classify(true, false, false));
    }

    [TestMethod]
    public void OlderFirmwaresSocketExceptionIsTlsWhenTcpGetsThrough()
    {
        Assert.IsTrue(ChannelFailure.NeedsTcpProbe(secure: true, socketException: true));
        Assert.AreEqual(ConnectFailure.TlsHandshake, ChannelFailure.Classify(true, true, tcpReachable: true));
    }

    [TestMethod]
    public void ASocketExceptionWithTheBrokerUnreachableIsTheNetwork()
    {
        Assert.AreEqual(ConnectFailure.Network, ChannelFailure.Classify(true, true, tcpReachable: false));
    }
}
