using EspAtNano.Engine.Device;
using EspAtNano.Engine.Ports;
using nanoFramework.TestFramework;

namespace EspAtNano.Firmware.Tests.Device
{
    /// <summary>
    /// The MQTT library's ack events as the engine's request results (AtFirmware.Engine/Device/AckResults.cs):
    /// a granted SUBACK carries its QoS, a refusal is a refusal (AT+MQTTSUB's 0x600D), a publish whose
    /// retries ran out is a timeout, and a topic the library would drop the link for is refused first.
    /// </summary>
    [TestClass]
    public class AckResultsTests
    {
        [TestMethod]
        [DataRow(0)]
        [DataRow(1)]
        [DataRow(2)]
        public void AGrantedSubackCarriesItsQos(int qos)
        {
            MqttRequestResult result = AckResults.Suback(1, qos);
            Assert.AreEqual((int)RequestOutcome.Completed, (int)result.Outcome);
            Assert.AreEqual(qos, result.GrantedQos);
        }

        [TestMethod]
        public void ARefusedSubackIsRefused()
        {
            MqttRequestResult result = AckResults.Suback(1, AckResults.SubackFailure);
            Assert.AreEqual((int)RequestOutcome.Refused, (int)result.Outcome);
            Assert.AreEqual("SUBACK return code 0x80", result.Detail);
        }

        [TestMethod]
        public void ASubackWithoutACodeFails()
        {
            Assert.AreEqual((int)RequestOutcome.Failed, (int)AckResults.Suback(0, 0).Outcome);
        }

        [TestMethod]
        public void APublishWhoseRetriesRanOutTimedOut()
        {
            Assert.AreSame(MqttRequestResult.Done, AckResults.Published(true));
            Assert.AreEqual((int)RequestOutcome.TimedOut, (int)AckResults.Published(false).Outcome);
        }

        [TestMethod]
        [DataRow("a/b", true)]
        [DataRow("", false)]
        [DataRow("a/#", false)]
        [DataRow("a/+/c", false)]
        public void OnlyAConcreteTopicIsPublishable(string topic, bool publishable)
        {
            Assert.AreEqual(publishable, AckResults.IsPublishable(topic));
        }

        [TestMethod]
        public void NoTopicIsNotPublishable()
        {
            Assert.IsFalse(AckResults.IsPublishable(null));
        }
    }
}
