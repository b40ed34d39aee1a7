#nullable disable
namespace EspAtNano.Firmware.Tests.Transcript
{
    /// <summary>Byte-for-byte comparison of two transcripts (one char per byte), with the first difference shown.</summary>
    public static class TranscriptComparison
    {
        private const int Context = 60;

        /// <summary>Null when the two are the same bytes, else where and how they first differ.</summary>
        public static string Difference(string expected, string actual)
        {
            int common = expected.Length < actual.Length ? expected.Length : actual.Length;
            int at = 0;
            while (at < common && expected[at] == actual[at])
            {
                at++;
            }
            if (at == common && expected.Length == actual.Length)
            {
                return null;
            }
            int from = at > Context ? at - Context : 0;
            return "the transcripts differ at byte " + at + " of " + expected.Length + " expected, " + actual.Length + " written"
                + " (line " + LineOf(expected, at) + "): expected <" + Support.Latin1.Show(Slice(expected, from, at + Context))
                + "> but the module wrote <" + Support.Latin1.Show(Slice(actual, from, at + Context)) + ">";
        }

        private static int LineOf(string text, int at)
        {
            int line = 1;
            for (int i = 0; i < at && i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                }
            }
            return line;
        }

        private static string Slice(string text, int from, int to)
        {
            if (from >= text.Length)
            {
                return "";
            }
            return text.Substring(from, (to < text.Length ? to : text.Length) - from);
        }
    }
}
