using EspAtNano.Firmware.Tests.Support;
using nanoFramework.TestFramework;
using static EspAtNano.Firmware.Tests.Support.TestModule;

namespace EspAtNano.Firmware.Tests
{
    /// <summary>docs/commands/basic.md and docs/framing.md: power-up, AT, echo, unknown lines.</summary>
    [TestClass]
    public class BasicCommandTests
    {
        [TestMethod]
        public void TheModuleSaysReadyAfterPowerUp()
        {
            using (TestModule m = new TestModule(1000, null))
            {
                Expect("\r\nready\r\n", m.Uart.Take());
            }
        }

        [TestMethod]
        public void EchoIsOnAfterPowerUp()
        {
            using (TestModule m = new TestModule(1000, null))
            {
                m.Uart.Take();
                Expect("AT\r\n\r\nOK\r\n", m.Send("AT\r\n"));
            }
        }

        [TestMethod]
        public void AtAnswersOk()
        {
            using (TestModule m = TestModule.Quiet())
            {
                Expect("\r\nOK\r\n", m.Send("AT\r\n"));
            }
        }

        [TestMethod]
        public void ALineThatIsNoCommandIsAnError()
        {
            using (TestModule m = TestModule.Quiet())
            {
                Expect("ERR CODE:0x01030000\r\n\r\nERROR\r\n", m.Send("HELLO\r\n"));
            }
        }

        [TestMethod]
        public void AnUnknownCommandIsAnError()
        {
            using (TestModule m = TestModule.Quiet())
            {
                Expect("ERR CODE:0x01090000\r\n\r\nERROR\r\n", m.Send("AT+NOSUCH\r\n"));
            }
        }
    }
}
