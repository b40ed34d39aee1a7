using EspAtNano.Firmware.Tests.Support;
using nanoFramework.TestFramework;
using static EspAtNano.Firmware.Tests.Support.TestModule;

namespace EspAtNano.Firmware.Tests
{
    /// <summary>docs/commands/mqtt.md#atmqttusercfg.</summary>
    [TestClass]
    public class UserConfigTests
    {
        [TestMethod]
        public void UserConfigLeavesState1WithItsScheme()
        {
            using (TestModule m = TestModule.Quiet())
            {
                Expect("\r\nOK\r\n", m.Send("AT+MQTTUSERCFG=0,3,\"dev\",\"user\",\"pw\",0,0,\"\"\r\n"));
                Expect("+MQTTCONN:0,1,3,\"\",\"\",\"\",0\r\n\r\nOK\r\n", m.Send("AT+MQTTCONN?\r\n"));
            }
        }

        [TestMethod]
        public void ASchemeAbove10Is6013()
        {
            using (TestModule m = TestModule.Quiet())
            {
                Expect("ERR CODE:0x010a6013\r\n\r\nERROR\r\n", m.Send("AT+MQTTUSERCFG=0,11,\"dev\",\"\",\"\",0,0,\"\"\r\n"));
            }
        }

        [TestMethod]
        public void WebSocketSchemesAre6013WithoutAWebSocketTransport()
        {
            using (TestModule m = TestModule.Quiet())
            {
                Expect("ERR CODE:0x010a6013\r\n\r\nERROR\r\n", m.Send("AT+MQTTUSERCFG=0,6,\"dev\",\"\",\"\",0,0,\"\"\r\n"));
            }
        }

        [TestMethod]
        public void AfterUserConfigTheConnectUsesItsCredentials()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                Assert.AreEqual("dev", Latin1.Text(m.Mqtt.LastConnect.ClientId));
                Assert.AreEqual("user", Latin1.Text(m.Mqtt.LastConnect.Username));
                Assert.AreEqual("pw", Latin1.Text(m.Mqtt.LastConnect.Password));
            }
        }
    }
}
