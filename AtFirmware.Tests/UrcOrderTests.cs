using EspAtNano.Firmware.Tests.Support;
using nanoFramework.TestFramework;
using static EspAtNano.Firmware.Tests.Support.TestModule;

namespace EspAtNano.Firmware.Tests
{
    /// <summary>docs/urcs.md#order.</summary>
    [TestClass]
    public class UrcOrderTests
    {
        [TestMethod]
        public void MessagesArriveInTheOrderTheBrokerDeliveredThem()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                m.Send("AT+MQTTSUB=0,\"q\",1\r\n");
                m.Mqtt.Deliver("q", "1", 1);
                m.Mqtt.Deliver("q", "2", 1);
                m.Mqtt.Deliver("q", "3", 1);
                Expect("+MQTTSUBRECV:0,\"q\",1,1\r\n+MQTTSUBRECV:0,\"q\",1,2\r\n+MQTTSUBRECV:0,\"q\",1,3\r\n",
                    m.TakeAfter("\"q\",1,3\r\n"));
            }
        }

        [TestMethod]
        public void AMessageDuringTheConnectComesAfterConnectedAndOk()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Send("AT+MQTTUSERCFG=0,1,\"dev\",\"\",\"\",0,0,\"\"\r\n");
                m.Mqtt.Hold();
                m.Feed("AT+MQTTCONN=0,\"broker\",1883,0\r\n");
                Assert.IsTrue(m.Mqtt.WaitForHeldCall(TestModule.WaitMs), "the connect never reached the client");
                m.Mqtt.Deliver("q", "early", 1);
                m.Mqtt.Release();
                Expect("+MQTTCONNECTED:0,1,\"broker\",\"1883\",\"\",0\r\n\r\nOK\r\n+MQTTSUBRECV:0,\"q\",5,early\r\n",
                    m.TakeAfter("early\r\n"));
            }
        }
    }
}
