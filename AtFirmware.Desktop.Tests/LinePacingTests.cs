using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// --tcp and --pty are timed like the module's serial line (--baud, default 115200, 8N1: 10
    /// bits a byte): a reply cannot start before the command's last byte could have arrived, and
    /// output leaves no faster than the line carries it. Only lower bounds are asserted: a slow
    /// machine can make the twin later, never earlier.
    /// </summary>
    [TestClass]
    public sealed class LinePacingTests
    {
        // Over the engine's 256-byte line: answered with one short error, only at the line's end.
        private const int LongLine = 1000;

        [TestMethod]
        public void OverTcpAReplyWaitsForTheCommandsLastByte()
        {
            using Module module = Module.OverTcp(null, Lab.Pki, "--baud", "9600");
            AssertAnsweredNoSoonerThanTheLine(module.At, LongLine, 9600);
        }

        [TestMethod]
        public void OverAPtyAReplyWaitsForTheCommandsLastByte()
        {
            using Module module = Module.OverPty(null, Lab.Pki, null, "--baud", "9600");
            AssertAnsweredNoSoonerThanTheLine(module.At, LongLine, 9600);
        }

        [TestMethod]
        public void OutputLeavesNoFasterThanTheLine()
        {
            using Module module = Module.OverTcp(null, Lab.Pki, "--baud", "9600");
            Stopwatch watch = Stopwatch.StartNew();
            module.At.SendLine("AT+CMD?");
            string answer = module.At.ReadTextUntil(AtHost.Ok);
            TimeSpan elapsed = watch.Elapsed;
            TimeSpan line = LineTime(answer.Length, 9600);
            Assert.IsTrue(elapsed >= line, answer.Length + " bytes out in " + elapsed + ", faster than a 9600-baud line (" + line + ")");
        }

        [TestMethod]
        public void WithoutBaudTheLineIsPacedAt115200()
        {
            using TwinProcess twin = TwinProcess.StartTcpAtDefaultBaud(Lab.Pki.ModuleDirectory);
            using TcpClient client = new TcpClient(AddressFamily.InterNetwork) { NoDelay = true };
            client.Connect(new IPEndPoint(IPAddress.Parse(twin.UartHost), twin.UartPort));
            using AtHost at = new AtHost(client.GetStream(), () => twin.Stderr);
            at.Boot();
            // 20 KB: 1.7 s at 115200 baud, an age for an unpaced twin.
            AssertAnsweredNoSoonerThanTheLine(at, 20 * LongLine, 115200);
        }

        [TestMethod]
        [DataRow("AT+UART_CUR")]
        [DataRow("AT+UART_DEF")]
        public void AfterAUartRateCommandsOkTheLineRunsAtTheNewRate(string command)
        {
            using Module module = Module.OverTcp(null, Lab.Pki, "--baud", "115200");
            module.At.Command(command + "=9600,8,1,0,0", AtHost.Ok);
            Stopwatch watch = Stopwatch.StartNew();
            module.At.SendLine("AT+CMD?");
            string answer = module.At.ReadTextUntil(AtHost.Ok);
            TimeSpan elapsed = watch.Elapsed;
            TimeSpan line = LineTime(answer.Length, 9600);
            Assert.IsTrue(elapsed >= line, answer.Length + " bytes out in " + elapsed + ", faster than the new 9600-baud line (" + line + ")");
        }

        [TestMethod]
        public void WithBaud0AUartRateCommandLeavesTheLineUnpaced()
        {
            using Module module = Module.OverTcp(null, Lab.Pki, "--baud", "0");
            module.At.Command("AT+UART_CUR=9600,8,1,0,0", AtHost.Ok);
            TwinLog.WaitFor(module.Twin, "uart: now 9600,8,1,0,0 (remembered; this line has no rate of its own)");
        }

        /// <summary>Sends lines of <see cref="LongLine"/> bytes, <paramref name="bytes"/> in all, and times their last answer.</summary>
        private static void AssertAnsweredNoSoonerThanTheLine(AtHost at, int bytes, int baud)
        {
            string line = "AT+" + new string('X', LongLine - 5) + "\r\n";
            int lines = bytes / LongLine;
            Stopwatch watch = Stopwatch.StartNew();
            at.Send(string.Concat(Enumerable.Repeat(line, lines)));
            for (int i = 0; i < lines; i++)
            {
                at.ReadTextUntil(AtHost.Error);
            }
            TimeSpan elapsed = watch.Elapsed;
            TimeSpan wire = LineTime(bytes, baud);
            Assert.IsTrue(elapsed >= wire, bytes + " bytes answered after " + elapsed + ", sooner than a " + baud + "-baud line carries them (" + wire + ")");
        }

        private static TimeSpan LineTime(int bytes, int baud) => TimeSpan.FromTicks(bytes * 10L * TimeSpan.TicksPerSecond / baud);
    }
}
