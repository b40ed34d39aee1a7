using EspAtNano.Firmware.Tests.Support;
using nanoFramework.TestFramework;
using static EspAtNano.Firmware.Tests.Support.TestModule;

namespace EspAtNano.Firmware.Tests
{
    /// <summary>docs/commands/mqtt.md#atmqttpubraw and docs/framing.md#raw-data-mode.</summary>
    [TestClass]
    public class RawPublishTests
    {
        [TestMethod]
        public void ThePromptComesAfterOk()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                Expect("\r\nOK\r\n\r\n>", m.Send("AT+MQTTPUBRAW=0,\"bin/blob\",6,1,0\r\n"));
            }
        }

        [TestMethod]
        public void ExactlyLengthBytesArePublishedWhateverTheyAre()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                byte[] block = new byte[] { 0x00, 0x01, 0x0D, 0x0A, 0x02, 0x03 };
                m.Send("AT+MQTTPUBRAW=0,\"bin/blob\",6,1,0\r\n");
                m.Feed(block);
                m.Idle();
                Expect("+MQTTPUB:OK\r\n", m.Uart.Take());
                CollectionAssert.AreEqual(block, m.Mqtt.LastPayload);
            }
        }

        [TestMethod]
        public void AnUnacknowledgedRawPublishIsFailWithoutError()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                m.Mqtt.PublishSucceeds = false;
                m.Send("AT+MQTTPUBRAW=0,\"t\",2,1,0\r\n");
                Expect("+MQTTPUB:FAIL\r\n", m.Send("ab"));
            }
        }

        [TestMethod]
        public void ALengthAboveTheMaximumIs6005WithoutPrompt()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                Expect("ERR CODE:0x010a6005\r\n\r\nERROR\r\n", m.Send("AT+MQTTPUBRAW=0,\"t\",8193,0,0\r\n"));
            }
        }

        [TestMethod]
        public void AMessageArrivingDuringTheDataIsWrittenBeforeTheResult()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                m.Send("AT+MQTTSUB=0,\"in\",0\r\n");
                m.Send("AT+MQTTPUBRAW=0,\"t\",4,0,0\r\n");
                m.Feed("da");
                m.Mqtt.Deliver("in", "held", 0);
                Expect("+MQTTSUBRECV:0,\"in\",4,held\r\n+MQTTPUB:OK\r\n", m.Send("ta"));
            }
        }
    }
}
