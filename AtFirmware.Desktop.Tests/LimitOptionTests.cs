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

        private static (int Exit, string Stdout, string Stderr) RunTwin(params string[] arguments) => TwinCommandLine.Run(arguments);
    }
}
