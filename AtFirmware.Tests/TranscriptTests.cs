using EspAtNano.Firmware.Tests.Transcript;
using nanoFramework.TestFramework;

namespace EspAtNano.Firmware.Tests
{
    /// <summary>
    /// The engine behaves on the nanoFramework runtime exactly as on .NET: the whole session of
    /// ModuleScenario writes the checked-in transcript byte for byte, here and in
    /// AtFirmware.Engine.Tests/TranscriptTests.cs (which also rewrites it, see there).
    /// </summary>
    [TestClass]
    public class TranscriptTests
    {
        [TestMethod]
        public void TheSessionWritesTheSameBytesAsOnDotNet()
        {
            string difference = TranscriptComparison.Difference(ExpectedTranscript.Text, ModuleScenario.Run());
            Assert.IsNull(difference, difference);
        }
    }
}
