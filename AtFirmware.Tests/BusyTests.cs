using EspAtNano.Firmware.Tests.Support;
using nanoFramework.TestFramework;
using static EspAtNano.Firmware.Tests.Support.TestModule;

namespace EspAtNano.Firmware.Tests
{
    /// <summary>docs/framing.md#busy: a line sent while a command waits for the network is answered busy and dropped.</summary>
    [TestClass]
    public class BusyTests
    {
        [TestMethod]
        public void ALineDuringAConnectIsBusyAndNotExecuted()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Send("AT+MQTTUSERCFG=0,1,\"dev\",\"\",\"\",0,0,\"\"\r\n");
                m.Mqtt.Hold();
                m.Feed("AT+MQTTCONN=0,\"broker\",1883,0\r\n");
                Assert.IsTrue(m.Mqtt.WaitForHeldCall(TestModule.WaitMs), "the connect never reached the client");
                m.Feed("AT+MQTTCLEAN=0\r\n");
                Expect("\r\nbusy p...\r\n", m.TakeAfter("busy p...\r\n"));
                m.Mqtt.Release();
                m.Idle();
                Expect("+MQTTCONNECTED:0,1,\"broker\",\"1883\",\"\",0\r\n\r\nOK\r\n", m.Uart.Take());
                Expect("+MQTTCONN:0,4,1,\"broker\",\"1883\",\"\",0\r\n\r\nOK\r\n", m.Send("AT+MQTTCONN?\r\n"));
            }
        }

        [TestMethod]
        public void ALineAfterTheFinalResultIsExecuted()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Connect(0);
                Expect("\r\nOK\r\n\r\nOK\r\n", m.Send("AT+MQTTPUB=0,\"t\",\"x\",0,0\r\n") + m.Send("AT\r\n"));
            }
        }
    }
}
