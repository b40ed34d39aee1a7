using EspAtNano.Engine.Device;
using EspAtNano.Engine.Ports;
using nanoFramework.TestFramework;

namespace EspAtNano.Firmware.Tests.Device
{
    /// <summary>
    /// AT+UART_DEF's settings as the device stores them (AtFirmware.Engine/Device/UartSettingsText.cs):
    /// what is stored comes back the same, and a damaged line is no settings at all, never a guess.
    /// </summary>
    [TestClass]
    public class UartSettingsTextTests
    {
        [TestMethod]
        public void AStoredLineReadsBackTheSameSettings()
        {
            string text = UartSettingsText.Format(new UartSettings(921600, 7, 3, 2, 3));
            Assert.AreEqual("921600,7,3,2,3", text);
            string problem;
            UartSettings read = UartSettingsText.Parse(text + "\r\n", out problem);
            Assert.IsNotNull(read, problem);
            Assert.AreEqual("921600,7,3,2,3", UartSettingsText.Format(read));
        }

        [TestMethod]
        [DataRow("", "is not five numbers")]
        [DataRow("115200,8,1,0", "is not five numbers")]
        [DataRow("115200,8,1,0,0,0", "is not five numbers")]
        [DataRow("115200,8,one,0,0", "is not five numbers")]
        [DataRow("79,8,1,0,0", "holds settings out of range")]
        [DataRow("5000001,8,1,0,0", "holds settings out of range")]
        [DataRow("115200,4,1,0,0", "holds settings out of range")]
        [DataRow("115200,9,1,0,0", "holds settings out of range")]
        [DataRow("115200,8,0,0,0", "holds settings out of range")]
        [DataRow("115200,8,4,0,0", "holds settings out of range")]
        [DataRow("115200,8,1,3,0", "holds settings out of range")]
        [DataRow("115200,8,1,0,4", "holds settings out of range")]
        public void ADamagedLineIsNoSettings(string text, string problem)
        {
            string why;
            Assert.IsNull(UartSettingsText.Parse(text, out why), text);
            Assert.AreEqual(problem, why, text);
        }

        [TestMethod]
        public void TheWidestRangesAreSettings()
        {
            string problem;
            Assert.IsNotNull(UartSettingsText.Parse("80,5,1,0,0", out problem), problem);
            Assert.IsNotNull(UartSettingsText.Parse("5000000,8,3,2,3", out problem), problem);
        }

        [TestMethod]
        public void NoFileIsNoSettings()
        {
            string problem;
            Assert.IsNull(UartSettingsText.Parse(null, out problem));
            Assert.AreEqual("is not five numbers", problem);
        }
    }
}
