using EspAtNano.Firmware.Tests.Support;
using nanoFramework.TestFramework;
using static EspAtNano.Firmware.Tests.Support.TestModule;

namespace EspAtNano.Firmware.Tests
{
    /// <summary>docs/commands/mqtt.md#atmqttclean.</summary>
    [TestClass]
    public class CleanTests
    {
        [TestMethod]
        public void CleanDisconnectsQuietlyAndForgetsEverything()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                m.Send("AT+MQTTSUB=0,\"a\",0\r\n");
                Expect("\r\nOK\r\n", m.Send("AT+MQTTCLEAN=0\r\n"));
                Assert.IsTrue(m.Mqtt.Calls.Contains("disconnect"), m.Mqtt.Calls);
                Expect("+MQTTCONN:0,0,0,\"\",\"\",\"\",0\r\n\r\nOK\r\n", m.Send("AT+MQTTCONN?\r\n"));
                Expect("+MQTTSUB:0,0,\"\",0\r\n\r\nOK\r\n", m.Send("AT+MQTTSUB?\r\n"));
            }
        }

        [TestMethod]
        public void CleanInState0Is6003()
        {
            using (TestModule m = TestModule.Quiet())
            {
                Expect("ERR CODE:0x010a6003\r\n\r\nERROR\r\n", m.Send("AT+MQTTCLEAN=0\r\n"));
            }
        }
    }
}
