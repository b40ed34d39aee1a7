namespace EspAtNano.Engine.Device
{
    /// <summary>MAC addresses in ESP-AT's form, "aa:bb:cc:dd:ee:ff", built by hand: number formats differ between nanoFramework versions.</summary>
    internal static class MacText
    {
        private const string HexDigits = "0123456789abcdef";

        /// <summary>The interface's address bytes; null or empty gives "".</summary>
        public static string FromBytes(byte[] mac)
        {
            if (mac == null || mac.Length == 0)
            {
                return string.Empty;
            }
            char[] text = new char[mac.Length * 3 - 1];
            for (int i = 0; i < mac.Length; i++)
            {
                if (i > 0)
                {
                    text[i * 3 - 1] = ':';
                }
                text[i * 3] = HexDigits[mac[i] >> 4];
                text[i * 3 + 1] = HexDigits[mac[i] & 0xf];
            }
            return new string(text);
        }

        /// <summary>A scan report's BSSID, BitConverter.ToString's "AA-BB-CC-DD-EE-FF"; null gives "".</summary>
        public static string FromDashed(string dashed)
        {
            if (dashed == null)
            {
                return string.Empty;
            }
            char[] text = dashed.ToCharArray();
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '-')
                {
                    text[i] = ':';
                }
                else if (c >= 'A' && c <= 'F')
                {
                    text[i] = HexDigits[c - 'A' + 10];
                }
            }
            return new string(text);
        }
    }
}
