using EspAtNano.Engine.Ports;
using EspAtNano.Firmware.Tests.Support;
using nanoFramework.TestFramework;
using static EspAtNano.Firmware.Tests.Support.TestModule;

namespace EspAtNano.Firmware.Tests
{
    /// <summary>docs/commands/mqtt.md#set--connect (reconnect) and docs/urcs.md#mqttconnected-and-mqttdisconnected.</summary>
    [TestClass]
    public class ReconnectTests
    {
        [TestMethod]
        public void WithReconnectTheLinkComesBackWithItsTopics()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(1);
                m.Send("AT+MQTTSUB=0,\"cmd\",1\r\n");
                m.Mqtt.DropLink();
                Expect("+MQTTDISCONNECTED:0\r\n+MQTTCONNECTED:0,1,\"broker\",\"1883\",\"\",1\r\n",
                    m.TakeAfter("+MQTTCONNECTED"));
                Expect("+MQTTCONN:0,6,1,\"broker\",\"1883\",\"\",1\r\n\r\nOK\r\n", m.Send("AT+MQTTCONN?\r\n"));
                Assert.IsTrue(m.Mqtt.Calls.EndsWith("subscribe cmd qos=1 | connect broker:1883 scheme=1 | subscribe cmd qos=1"), m.Mqtt.Calls);
            }
        }

        [TestMethod]
        public void AReconnectKeepsTryingUntilTheBrokerIsBack()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(1);
                m.Mqtt.ConnectOutcomes.Add(ConnectOutcome.Timeout);
                m.Mqtt.ConnectOutcomes.Add(ConnectOutcome.Timeout);
                m.Mqtt.DropLink();
                Expect("+MQTTDISCONNECTED:0\r\n+MQTTCONNECTED:0,1,\"broker\",\"1883\",\"\",1\r\n",
                    m.TakeAfter("+MQTTCONNECTED"));
                Assert.AreEqual(4, m.Mqtt.ConnectCount, m.Mqtt.Calls);
            }
        }

        [TestMethod]
        public void WithoutReconnectTheDroppedLinkStaysInState3()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                m.Mqtt.DropLink();
                Expect("+MQTTDISCONNECTED:0\r\n", m.Uart.Take());
                Expect("+MQTTCONN:0,3,1,\"broker\",\"1883\",\"\",0\r\n\r\nOK\r\n", m.Send("AT+MQTTCONN?\r\n"));
            }
        }

        [TestMethod]
        public void WithoutReconnectTheHostConnectsAgain()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                m.Mqtt.DropLink();
                m.Uart.Take();
                Expect("+MQTTCONNECTED:0,1,\"broker\",\"1883\",\"\",0\r\n\r\nOK\r\n", m.Send("AT+MQTTCONN=0,\"broker\",1883,0\r\n"));
            }
        }
    }
}
