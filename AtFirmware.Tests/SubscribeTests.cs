using EspAtNano.Firmware.Tests.Support;
using nanoFramework.TestFramework;
using static EspAtNano.Firmware.Tests.Support.TestModule;

namespace EspAtNano.Firmware.Tests
{
    /// <summary>docs/commands/mqtt.md#atmqttsub, #atmqttunsub and docs/urcs.md#mqttsubrecv.</summary>
    [TestClass]
    public class SubscribeTests
    {
        [TestMethod]
        public void AGrantedSubscriptionIsStoredInState6()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                Expect("\r\nOK\r\n", m.Send("AT+MQTTSUB=0,\"cmd/#\",1\r\n"));
                Expect("+MQTTSUB:0,6,\"cmd/#\",1\r\n\r\nOK\r\n", m.Send("AT+MQTTSUB?\r\n"));
            }
        }

        [TestMethod]
        public void ATopicSubscribedTwiceIsAlreadySubscribed()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                m.Send("AT+MQTTSUB=0,\"cmd/#\",1\r\n");
                Expect("ALREADY SUBSCRIBE\r\n\r\nOK\r\n", m.Send("AT+MQTTSUB=0,\"cmd/#\",2\r\n"));
                Expect("+MQTTSUB:0,6,\"cmd/#\",1\r\n\r\nOK\r\n", m.Send("AT+MQTTSUB?\r\n"));
            }
        }

        [TestMethod]
        public void ARefusedSubscriptionIs600DAndNotStored()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                m.Mqtt.SubscribeGranted = false;
                Expect("ERR CODE:0x010a600d\r\n\r\nERROR\r\n", m.Send("AT+MQTTSUB=0,\"cmd/#\",1\r\n"));
                Expect("\r\nOK\r\n", m.Send("AT+MQTTSUB?\r\n"));
                Assert.IsTrue(m.Log.Contains("scripted SUBACK 0x80"), "the reason the client gave is logged");
            }
        }

        [TestMethod]
        public void AMessageIsWrittenWithItsLengthAndRawBytes()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                m.Send("AT+MQTTSUB=0,\"bin/x\",0\r\n");
                m.Mqtt.Deliver("bin/x", "\r\nOK", 0);
                Expect("+MQTTSUBRECV:0,\"bin/x\",4,\r\nOK\r\n", m.TakeAfter("OK\r\n"));
            }
        }

        [TestMethod]
        public void UnsubscribingForgetsTheTopic()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                m.Send("AT+MQTTSUB=0,\"a\",0\r\n");
                Expect("\r\nOK\r\n", m.Send("AT+MQTTUNSUB=0,\"a\"\r\n"));
                Expect("+MQTTCONN:0,5,1,\"broker\",\"1883\",\"\",0\r\n\r\nOK\r\n", m.Send("AT+MQTTCONN?\r\n"));
            }
        }

        [TestMethod]
        public void UnsubscribingAnUnknownTopicIsNoUnsubscribe()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                Expect("NO UNSUBSCRIBE\r\n\r\nOK\r\n", m.Send("AT+MQTTUNSUB=0,\"never\"\r\n"));
                Assert.IsFalse(m.Mqtt.Calls.Contains("unsubscribe"), m.Mqtt.Calls);
            }
        }
    }
}
