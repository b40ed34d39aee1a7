namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// --baud is the line's rate: a serial port's, or the pacing of --tcp and --pty, where 0 turns
    /// pacing off. Any other use is a bad command line (exit status 2) that says what is wrong.
    /// </summary>
    [TestClass]
    public sealed class BaudOptionTests
    {
        [TestMethod]
        public void TheConsoleHasNoBaudRate()
        {
            AssertBadCommandLine("--baud goes with --tcp, --pty or --serial", "--console", "--baud", "9600");
        }

        [TestMethod]
        public void ASerialPortNeedsARate()
        {
            AssertBadCommandLine("--baud 0 turns pacing off on --tcp and --pty; a serial port needs a rate from 50 to 10000000",
                "--serial", "/dev/null", "--baud", "0");
        }

        [TestMethod]
        public void ARateIsZeroOrFrom50To10000000()
        {
            foreach (string rate in new[] { "49", "10000001", "fast" })
            {
                string expected = rate == "49"
                    ? "--baud must be 0 (no pacing) or a whole number from 50 to 10000000, not \"49\""
                    : "--baud must be a whole number from 0 to 10000000, not \"" + rate + "\"";
                AssertBadCommandLine(expected, "--tcp", "127.0.0.1:0", "--baud", rate);
            }
        }

        [TestMethod]
        public void HelpGivesTheDefaultAndWhy()
        {
            var (exit, help, stderr) = TwinCommandLine.Run("--help");
            Assert.AreEqual(0, exit, stderr);
            StringAssert.Contains(help, "(default 115200, ESP-AT's own)");
            StringAssert.Contains(help, "--baud 0 turns that");
        }

        private static void AssertBadCommandLine(string message, params string[] arguments)
        {
            var (exit, _, stderr) = TwinCommandLine.Run(arguments);
            Assert.AreEqual(2, exit, string.Join(" ", arguments) + ":\n" + stderr);
            StringAssert.StartsWith(stderr, "espatnano-twin: " + message + Environment.NewLine, string.Join(" ", arguments));
        }
    }
}
