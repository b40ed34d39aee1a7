using EspAtNano.Firmware.Tests.Support;
using nanoFramework.TestFramework;
using static EspAtNano.Firmware.Tests.Support.TestModule;

namespace EspAtNano.Firmware.Tests
{
    /// <summary>docs/commands/mqtt.md#common-rules and docs/error-codes.md: every refusal names its code.</summary>
    [TestClass]
    public class ErrorCodeTests
    {
        [TestMethod]
        public void AWrongNumberOfParametersIs6008()
        {
            using (TestModule m = TestModule.Quiet())
            {
                Expect("ERR CODE:0x010a6008\r\n\r\nERROR\r\n", m.Send("AT+MQTTUSERCFG=0,1,\"dev\",\"\",\"\",0,0\r\n"));
            }
        }

        [TestMethod]
        public void ALinkIdOtherThanZeroIs6011()
        {
            using (TestModule m = TestModule.Quiet())
            {
                Expect("ERR CODE:0x010a6011\r\n\r\nERROR\r\n", m.Send("AT+MQTTUSERCFG=1,1,\"dev\",\"\",\"\",0,0,\"\"\r\n"));
            }
        }

        [TestMethod]
        public void AnUnparsableParameterNamesItsIndexFirst()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                Expect("ERR CODE:0x01080001\r\nERR CODE:0x010a6041\r\n\r\nERROR\r\n", m.Send("AT+MQTTUNSUB=0,t\r\n"));
            }
        }

        [TestMethod]
        public void PublishingBeforeConnectingIs6006()
        {
            using (TestModule m = TestModule.Quiet())
            {
                Expect("ERR CODE:0x010a6006\r\n\r\nERROR\r\n", m.Send("AT+MQTTPUB=0,\"t\",\"x\",0,0\r\n"));
            }
        }

        [TestMethod]
        public void ConnectingBeforeUserConfigIs6001()
        {
            using (TestModule m = TestModule.Quiet())
            {
                Expect("ERR CODE:0x010a6001\r\n\r\nERROR\r\n", m.Send("AT+MQTTCONN=0,\"broker\",1883,0\r\n"));
            }
        }

        [TestMethod]
        public void ATimeoutOutOfRangeIs600A()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                Expect("ERR CODE:0x010a600a\r\n\r\nERROR\r\n", m.Send("AT+MQTTPUB=0,\"t\",\"x\",0,0,2999\r\n"));
            }
        }
    }
}
