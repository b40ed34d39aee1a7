using EspAtNano.Engine.Ports;
using EspAtNano.Firmware.Tests.Support;
using nanoFramework.TestFramework;
using static EspAtNano.Firmware.Tests.Support.TestModule;

namespace EspAtNano.Firmware.Tests
{
    /// <summary>docs/commands/mqtt.md#atmqttconn.</summary>
    [TestClass]
    public class ConnectTests
    {
        private const string UserConfig = "AT+MQTTUSERCFG=0,1,\"dev\",\"user\",\"pw\",0,0,\"\"\r\n";

        [TestMethod]
        public void ConnectedIsPrintedBeforeOk()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Send(UserConfig);
                Expect("+MQTTCONNECTED:0,1,\"broker\",\"1883\",\"\",1\r\n\r\nOK\r\n", m.Send("AT+MQTTCONN=0,\"broker\",1883,1\r\n"));
            }
        }

        [TestMethod]
        public void TheQueryShowsTheConnectedLink()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(1);
                Expect("+MQTTCONN:0,4,1,\"broker\",\"1883\",\"\",1\r\n\r\nOK\r\n", m.Send("AT+MQTTCONN?\r\n"));
            }
        }

        [TestMethod]
        public void NoConnAckInTimeIsDisconnectedThen6057()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Send(UserConfig);
                m.Mqtt.ConnectOutcomes.Add(ConnectOutcome.Timeout);
                Expect("+MQTTDISCONNECTED:0\r\nERR CODE:0x010a6057\r\n\r\nERROR\r\n", m.Send("AT+MQTTCONN=0,\"broker\",1883,0\r\n"));
            }
        }

        [TestMethod]
        public void AFailedConnectLeavesState2()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Send(UserConfig);
                m.Mqtt.ConnectOutcomes.Add(ConnectOutcome.Timeout);
                m.Send("AT+MQTTCONN=0,\"broker\",1883,0\r\n");
                Expect("+MQTTCONN:0,2,1,\"\",\"\",\"\",0\r\n\r\nOK\r\n", m.Send("AT+MQTTCONN?\r\n"));
            }
        }

        [TestMethod]
        public void AHostWithAForbiddenCharacterIs6052()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Send(UserConfig);
                Expect("ERR CODE:0x010a6052\r\n\r\nERROR\r\n", m.Send("AT+MQTTCONN=0,\"bro_ker\",1883,0\r\n"));
            }
        }

        [TestMethod]
        public void ConnectingTwiceIs6004()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                Expect("ERR CODE:0x010a6004\r\n\r\nERROR\r\n", m.Send("AT+MQTTCONN=0,\"broker\",1883,0\r\n"));
            }
        }
    }
}
