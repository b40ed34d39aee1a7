using EspAtNano.Firmware.Tests.Support;
using nanoFramework.TestFramework;
using static EspAtNano.Firmware.Tests.Support.TestModule;

namespace EspAtNano.Firmware.Tests
{
    /// <summary>docs/commands/mqtt.md#atmqttpub.</summary>
    [TestClass]
    public class PublishTests
    {
        [TestMethod]
        public void APublishIsOkOnceTheBrokerHasIt()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                Expect("\r\nOK\r\n", m.Send("AT+MQTTPUB=0,\"state/temp\",\"21.5\",1,0\r\n"));
                Assert.IsTrue(m.Mqtt.Calls.Contains("publish state/temp qos=1 retain=0 21.5"), m.Mqtt.Calls);
            }
        }

        [TestMethod]
        public void TheDataIsUnescaped()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                Expect("\r\nOK\r\n", m.Send("AT+MQTTPUB=0,\"j\",\"{\\\"t\\\":21.5\\,\\\"h\\\":40}\",0,1\r\n"));
                Assert.AreEqual("{\"t\":21.5,\"h\":40}", Latin1.Text(m.Mqtt.LastPayload));
            }
        }

        [TestMethod]
        public void AWildcardTopicIs600C()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                Expect("ERR CODE:0x010a600c\r\n\r\nERROR\r\n", m.Send("AT+MQTTPUB=0,\"state/#\",\"x\",0,0\r\n"));
            }
        }

        [TestMethod]
        public void APublishTheBrokerNeverAcknowledgesIs600C()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                m.Mqtt.PublishSucceeds = false;
                Expect("ERR CODE:0x010a600c\r\n\r\nERROR\r\n", m.Send("AT+MQTTPUB=0,\"t\",\"x\",1,0\r\n"));
            }
        }

        [TestMethod]
        public void EmptyDataIs6045()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                Expect("ERR CODE:0x010a6045\r\n\r\nERROR\r\n", m.Send("AT+MQTTPUB=0,\"t\",\"\",0,0\r\n"));
            }
        }
    }
}
