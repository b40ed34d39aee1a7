using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using EspAtNano.Engine;

namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// The twin's limit options take the engine's ranges (EngineLimits, the same ones the ESP32's
    /// configuration takes): a value outside is a bad command line (exit status 2, the range
    /// named), both ends are accepted, and --help states each range with the twin's default.
    /// </summary>
    [TestClass]
    public sealed class LimitOptionTests
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

        /// <summary>Each limit option, the engine limit it sets, and the twin's documented default.</summary>
        private static readonly (string Option, EngineLimit Limit, int TwinDefault)[] Options =
        {
            ("--max-raw", EngineLimits.MaxRawDataLength, 65536),
            ("--max-inbound", EngineLimits.MaxInboundMessageLength, 1048576),
            ("--held-urcs", EngineLimits.HeldUrcBytes, 1048576),
            ("--topics", EngineLimits.TopicCapacity, 10),
            ("--reconnect-interval", EngineLimits.ReconnectIntervalMs, 5000),
        };

        [TestMethod]
        public void EveryEngineLimitHasAnOption()
        {
            CollectionAssert.AreEquivalent(EngineLimits.All, Options.Select(o => o.Limit).ToArray());
        }

        [TestMethod]
        public void AValueJustOutsideTheEnginesRangeIsABadCommandLine()
        {
            foreach (var (option, limit, _) in Options)
            {
                foreach (int value in new[] { limit.Min - 1, limit.Max + 1 })
                {
                    var (exit, _, stderr) = RunTwin(option, value.ToString(CultureInfo.InvariantCulture));
                    Assert.AreEqual(2, exit, option + " " + value + ":\n" + stderr);
                    StringAssert.StartsWith(stderr,
                        $"espatnano-twin: {option} must be a whole number from {limit.Min} to {limit.Max}, not \"{value}\"" + Environment.NewLine);
                }
            }
        }

        [TestMethod]
        public void BothEndsOfTheEnginesRangesAreAccepted()
        {
            var arguments = new List<string>();
            foreach (var (option, limit, _) in Options)
            {
                arguments.AddRange(new[] { option, limit.Min.ToString(CultureInfo.InvariantCulture), option, limit.Max.ToString(CultureInfo.InvariantCulture) });
            }
            arguments.Add("--help");
            var (exit, _, stderr) = RunTwin(arguments.ToArray());
            Assert.AreEqual(0, exit, stderr);
        }

        [TestMethod]
        public void HelpStatesEachRangeWithTheTwinsDefault()
        {
            var (exit, help, stderr) = RunTwin("--help");
            Assert.AreEqual(0, exit, stderr);
            foreach (var (option, limit, twinDefault) in Options)
            {
                Match entry = Regex.Match(help, "^  " + Regex.Escape(option) + " .*?(?=^  -|^\\S|\\z)",
                    RegexOptions.Multiline | RegexOptions.Singleline);
                Assert.IsTrue(entry.Success, option + " is not in --help:\n" + help);
                string text = Regex.Replace(entry.Value, "\\s+", " ");
                StringAssert.Contains(text, $"({limit.Min} to {limit.Max}, default {twinDefault})", option);
            }
        }

        /// <summary>The twin with these arguments and no input, to its exit: status, stdout, stderr.</summary>
        private static (int Exit, string Stdout, string Stderr) RunTwin(params string[] arguments)
        {
            ProcessStartInfo info = new ProcessStartInfo(Installation.DotnetHost())
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            info.ArgumentList.Add(Installation.TwinAssembly());
            foreach (string a in arguments)
            {
                info.ArgumentList.Add(a);
            }
            info.Environment["DOTNET_NOLOGO"] = "1";
            using Process twin = Process.Start(info) ?? throw new InvalidOperationException("could not start " + info.FileName);
            twin.StandardInput.Close();
            Task<string> stdout = twin.StandardOutput.ReadToEndAsync();
            Task<string> stderr = twin.StandardError.ReadToEndAsync();
            if (!twin.WaitForExit(Timeout))
            {
                twin.Kill(entireProcessTree: true);
                Assert.Fail("the twin did not exit: " + string.Join(" ", arguments));
            }
            return (twin.ExitCode, stdout.Result, stderr.Result);
        }
    }
}
