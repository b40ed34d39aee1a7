namespace EspAtNano.Engine.Parsing
{
    /// <summary>Dotted-quad IPv4 addresses as AT+CIPSTA takes them: four decimal numbers 0–255, nothing else.</summary>
    internal static class Ipv4Literal
    {
        private const int Parts = 4;
        private const int MaxDigits = 3;

        /// <summary>The four octets, or null when the text is not an address.</summary>
        internal static int[] Parse(byte[] text)
        {
            int[] octets = new int[Parts];
            int part = 0;
            int digits = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                if (i == text.Length || text[i] == '.')
                {
                    if (digits == 0 || octets[part] > 255 || (i < text.Length && part == Parts - 1))
                    {
                        return null;
                    }
                    part++;
                    digits = 0;
                    continue;
                }
                byte b = text[i];
                if (b < '0' || b > '9' || ++digits > MaxDigits)
                {
                    return null;
                }
                octets[part] = octets[part] * 10 + (b - '0');
            }
            return part == Parts ? octets : null;
        }

        /// <summary>The canonical dotted quad ("010.0.0.1" was read as 10.0.0.1).</summary>
        internal static string Format(int[] octets)
        {
            return octets[0].ToString() + "." + octets[1].ToString() + "." + octets[2].ToString() + "." + octets[3].ToString();
        }
    }
}
