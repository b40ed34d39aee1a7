namespace EspAtNano.Desktop.Tests
{
    /// <summary>docs/commands/wifi-and-time.md: the clock says 1970 until SNTP is on and the network is up, on the twin too.</summary>
    [TestClass]
    public sealed class ClockSyncTests
    {
        private const string Unsynchronised = "+CIPSNTPTIME:Thu Jan  1 00:00:00 1970\r\n" + OK;

        [TestMethod]
        public void TheClockIs1970UntilSntpIsEnabled()
        {
            using TwinProcess twin = TwinProcess.StartTcp(Lab.Pki.ModuleDirectory);
            using AtHost at = TcpHost.Attach(twin, () => twin.Stderr);
            at.Boot();
            at.Command("AT+CIPSNTPTIME?", Unsynchronised);
            at.SyncClock();
        }

        [TestMethod]
        public void SntpCannotSynchroniseWithoutTheNetwork()
        {
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki, "--no-saved-ap");
            module.At.CommandOk("AT+CIPSNTPCFG=1,0");
            module.At.Command("AT+CIPSNTPTIME?", Unsynchronised);
        }
    }
}
