using EspAtNano.Engine.Device;
using EspAtNano.Engine.Ports;
using nanoFramework.TestFramework;

namespace EspAtNano.Firmware.Tests.Device
{
    /// <summary>
    /// A failed MQTT connect is a TLS failure or a network failure whatever the firmware's date
    /// (AtFirmware.Engine/Device/ChannelFailure.cs): older firmware reports a failed handshake as a
    /// SocketException, like a refused TCP connect, and a TCP probe decides.
    /// </summary>
    [TestClass]
    public class ChannelFailureTests
    {
        [TestMethod]
        public void WithoutTlsEveryChannelFailureIsTheNetwork()
        {
            Assert.IsFalse(ChannelFailure.NeedsTcpProbe(false, true));
            Assert.AreEqual((int)ConnectFailure.Network, (int)ChannelFailure.Classify(false, true, false));
            Assert.AreEqual((int)ConnectFailure.Network, (int)ChannelFailure.Classify(false, false, false));
        }

        [TestMethod]
        public void NewerFirmwaresCryptographicExceptionIsTls()
        {
            Assert.IsFalse(ChannelFailure.NeedsTcpProbe(true, false));
            Assert.AreEqual((int)ConnectFailure.TlsHandshake, (int)ChannelFailure.Classify(true, false, false));
        }

        [TestMethod]
        public void OlderFirmwaresSocketExceptionIsTlsWhenTcpGetsThrough()
        {
            Assert.IsTrue(ChannelFailure.NeedsTcpProbe(true, true));
            Assert.AreEqual((int)ConnectFailure.TlsHandshake, (int)ChannelFailure.Classify(true, true, true));
        }

        [TestMethod]
        public void ASocketExceptionWithTheBrokerUnreachableIsTheNetwork()
        {
            Assert.AreEqual((int)ConnectFailure.Network, (int)ChannelFailure.Classify(true, true, false));
        }
    }
}
