using System.Globalization;
using System.Text;
using EspAtNano.Firmware.Tests.Transcript;

namespace EspAtNano.Tests;

/// <summary>
/// The session of AtFirmware.Tests/Transcript/ModuleScenario.cs on .NET writes the checked-in
/// transcript (ExpectedTranscript.cs) byte for byte; AtFirmware.Tests runs the same code on the
/// nanoFramework runtime against the same transcript, so the two runtimes write the same bytes.
/// After a deliberate change of the module's output, rewrite the transcript with
/// ESPATNANO_WRITE_TRANSCRIPT=1 dotnet test AtFirmware.Engine.Tests --filter TranscriptTests
/// and review its diff.
/// </summary>
[TestClass]
public sealed class TranscriptTests
{
    [TestMethod]
    public void TheSessionWritesTheCheckedInTranscript()
    {
        string written = ModuleScenario.Run();
        if (Environment.GetEnvironmentVariable("ESPATNANO_WRITE_TRANSCRIPT") == "1")
        {
            File.WriteAllText(RepoFiles.PathOf("AtFirmware.Tests", "Transcript", "ExpectedTranscript.cs"), AsSource(written));
        }
        string? difference = TranscriptComparison.Difference(ExpectedTranscript.Text, written);
        Assert.IsNull(difference, difference);
    }

    [TestMethod]
    public void TheTranscriptHoldsNoNul()
    {
        // nanoFramework's strings end at their first NUL: such a transcript would compare short there.
        Assert.IsFalse(ExpectedTranscript.Text.Contains('\0', StringComparison.Ordinal));
    }

    /// <summary>ExpectedTranscript.cs for <paramref name="transcript"/>: one C# literal per line the module wrote.</summary>
    private static string AsSource(string transcript)
    {
        var source = new StringBuilder();
        source.Append("namespace EspAtNano.Firmware.Tests.Transcript\n{\n");
        source.Append("    /// <summary>\n");
        source.Append("    /// What ModuleScenario makes the module write, byte for byte (one char per byte). Written by\n");
        source.Append("    /// AtFirmware.Engine.Tests/TranscriptTests.cs with ESPATNANO_WRITE_TRANSCRIPT=1; do not edit by hand.\n");
        source.Append("    /// </summary>\n");
        source.Append("    public static class ExpectedTranscript\n    {\n");
        source.Append("        public const string Text =\n");
        int start = 0;
        while (start < transcript.Length)
        {
            int end = transcript.IndexOf('\n', start);
            end = end < 0 ? transcript.Length : end + 1;
            source.Append("            \"").Append(Escape(transcript[start..end])).Append("\" +\n");
            start = end;
        }
        source.Append("            \"\";\n    }\n}\n");
        return source.ToString();
    }

    private static string Escape(string line)
    {
        var escaped = new StringBuilder();
        foreach (char c in line)
        {
            escaped.Append(c switch
            {
                '\r' => "\\r",
                '\n' => "\\n",
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' or > '~' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }
}
