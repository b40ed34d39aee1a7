using EspAtNano.Firmware.Tests.Support;
using nanoFramework.TestFramework;

namespace EspAtNano.Firmware.Tests
{
    /// <summary>docs/commands/basic.md: the module's answers to the basic commands.</summary>
    [TestClass]
    public class BasicCommandTests
    {
        [TestMethod]
        public void TheModuleSaysReadyAfterPowerUp()
        {
            using (TestModule m = new TestModule(1000))
            {
                m.Expect("\r\nready\r\n", m.Uart.Take());
            }
        }

        [TestMethod]
        public void AtAnswersOk()
        {
            using (TestModule m = TestModule.Quiet())
            {
                m.Expect("\r\nOK\r\n", m.Send("AT\r\n"));
            }
        }
    }
}
