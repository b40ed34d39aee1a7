using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// The console UART (the twin's default): from a pipe, a "\n" ends a command line; at a
    /// terminal, keys reach the module as typed, only the module's own echo is seen, and Enter
    /// ends the line. The terminal is a real pseudo-terminal made by script(1).
    /// </summary>
    [TestClass]
    public sealed class ConsoleUartTests
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);

        [TestMethod]
        public void FromAPipeALfEndsTheLineAndTheTwinExitsWhenInputEnds()
        {
            using Process twin = Start(Installation.DotnetHost(), TwinArguments());
            twin.StandardInput.Write("AT\nAT+SYSLOG?\r\n");
            twin.StandardInput.Close();
            string output = ReadToEnd(twin);
            Assert.AreEqual("\r\nready\r\nAT\r\n\r\nOK\r\nAT+SYSLOG?\r\n+SYSLOG:1\r\n\r\nOK\r\n", output, Show(output));
            Assert.AreEqual(0, twin.ExitCode);
        }

        [TestMethod]
        public void FromAPipeTheFirstCommandWaitsForThePowerUpJoin()
        {
            int port = Lab.Broker.TcpPort;
            string clientId = UniqueClientId("pipe");
            string[] arguments = [Installation.TwinAssembly(), "--console", "--no-broker", "--certs", Lab.Pki.ModuleDirectory];
            using Process twin = Start(Installation.DotnetHost(), arguments);
            // Written at once and closed: the whole script waits in the pipe while the twin powers up.
            twin.StandardInput.Write(UserCfg(1, clientId) + "\n" + Conn("127.0.0.1", port, 0) + "\n");
            twin.StandardInput.Close();
            string output = ReadToEnd(twin);
            string expected = "\r\nready\r\nWIFI CONNECTED\r\nWIFI GOT IP\r\n"
                + UserCfg(1, clientId) + "\r\n" + OK
                + Conn("127.0.0.1", port, 0) + "\r\n" + ConnectedAnswer(1, "127.0.0.1", port, 0);
            Assert.AreEqual(expected, output, Show(output));
        }

        [TestMethod]
        public void AtATerminalKeysAreSentAsTypedEnterIsCrLfAndOnlyTheModuleEchoes()
        {
            // Where the twin puts its log at a terminal.
            using TemporaryDirectory directory = new TemporaryDirectory();
            string command = Quote(Installation.DotnetHost()) + " " + string.Join(" ", TwinArguments().Select(Quote));
            using Process twin = Start("script", new[] { "-qfec", command, "/dev/null" }, directory.Path);
            StringBuilder seen = new StringBuilder();
            Task reader = Task.Run(() => Pump(twin.StandardOutput.BaseStream, seen));
            Assert.IsTrue(WaitFor(seen, "ready\r\n"), Show(Text(seen)));
            // A terminal in character mode passes Enter as "\r"; the twin makes it the CRLF the module wants.
            twin.StandardInput.Write("AT\r");
            twin.StandardInput.Flush();
            Assert.IsTrue(WaitFor(seen, "AT\r\n\r\nOK\r\n"), Show(Text(seen)));
            // The terminal itself echoes nothing: "AT" appears once, as the module's echo.
            Assert.AreEqual(1, Text(seen).Split("AT").Length - 1, Show(Text(seen)));
            twin.Kill(entireProcessTree: true);
            reader.Wait(Timeout);
        }

        [TestMethod]
        public void AtATerminalTheLogGoesToAFileAndTheScreenKeepsItsLines()
        {
            using TemporaryDirectory directory = new TemporaryDirectory();
            // --verbose logs every UART line: at a terminal none of them may reach the screen.
            string command = Quote(Installation.DotnetHost()) + " " + string.Join(" ", TwinArguments().Append("--verbose").Select(Quote));
            using Process twin = Start("script", new[] { "-qfec", command, "/dev/null" }, directory.Path);
            StringBuilder seen = new StringBuilder();
            Task reader = Task.Run(() => Pump(twin.StandardOutput.BaseStream, seen));
            Assert.IsTrue(WaitFor(seen, "ready\r\n"), Show(Text(seen)));
            twin.StandardInput.Write("AT\r");
            twin.StandardInput.Flush();
            Assert.IsTrue(WaitFor(seen, "AT\r\n\r\nOK\r\n"), Show(Text(seen)));
            twin.Kill(entireProcessTree: true);
            reader.Wait(Timeout);

            string screen = Text(seen);
            StringAssert.Contains(screen, "espatnano-twin: log in ./espatnano-twin.log", Show(screen));
            Assert.IsFalse(LogLine.IsMatch(screen), "a log line on the screen: " + Show(screen));
            // Every line starts at the left edge: no "\n" without its "\r".
            Assert.IsFalse(Regex.IsMatch(screen, "(?<!\r)\n"), "a line break without a carriage return: " + Show(screen));
            string log = File.ReadAllText(System.IO.Path.Combine(directory.Path, "espatnano-twin.log"));
            Assert.IsTrue(LogLine.IsMatch(log) && log.Contains("AT", StringComparison.Ordinal), "the log file: " + log);
        }

        private static readonly Regex LogLine = new Regex(@"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} ");

        private static string[] TwinArguments() =>
            new[] { Installation.TwinAssembly(), "--console", "--no-broker", "--no-saved-ap" };

        private static Process Start(string file, IEnumerable<string> arguments, string? workingDirectory = null)
        {
            ProcessStartInfo info = new ProcessStartInfo(file)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = workingDirectory ?? "",
            };
            foreach (string a in arguments)
            {
                info.ArgumentList.Add(a);
            }
            info.Environment["DOTNET_NOLOGO"] = "1";
            Process process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + info.FileName);
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            return process;
        }

        private static string ReadToEnd(Process twin)
        {
            Task<string> output = twin.StandardOutput.ReadToEndAsync();
            Assert.IsTrue(twin.WaitForExit(Timeout), "the twin did not exit when its input ended");
            return output.Result;
        }

        private static void Pump(Stream from, StringBuilder into)
        {
            byte[] buffer = new byte[4096];
            int n;
            while ((n = from.Read(buffer, 0, buffer.Length)) > 0)
            {
                lock (into)
                {
                    into.Append(Encoding.Latin1.GetString(buffer, 0, n));
                }
            }
        }

        private static bool WaitFor(StringBuilder seen, string text)
        {
            Stopwatch watch = Stopwatch.StartNew();
            while (!Text(seen).Contains(text))
            {
                if (watch.Elapsed > Timeout)
                {
                    return false;
                }
                Thread.Sleep(20);
            }
            return true;
        }

        private static string Text(StringBuilder seen)
        {
            lock (seen)
            {
                return seen.ToString();
            }
        }

        /// <summary>A fresh directory for the twin to run in, deleted afterwards.</summary>
        private sealed class TemporaryDirectory : IDisposable
        {
            public string Path { get; } = Directory.CreateTempSubdirectory("espatnano-console-").FullName;

            public void Dispose() => Directory.Delete(Path, true);
        }

        private static string Quote(string s) => "'" + s.Replace("'", "'\\''") + "'";

        private static string Show(string s) => s.Replace("\r", "\\r").Replace("\n", "\\n");
    }
}
