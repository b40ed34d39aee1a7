namespace EspAtNano.Engine.Parsing
{
    /// <summary>The few text conversions the engine does itself: everything it compares or prints is ASCII.</summary>
    internal static class AsciiText
    {
        internal static byte[] GetBytes(string ascii)
        {
            byte[] bytes = new byte[ascii.Length];
            for (int i = 0; i < ascii.Length; i++)
            {
                bytes[i] = (byte)ascii[i];
            }
            return bytes;
        }

        /// <summary>Only for bytes already checked to be ASCII (host names).</summary>
        internal static string GetString(byte[] bytes)
        {
            char[] chars = new char[bytes.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[i] = (char)bytes[i];
            }
            return new string(chars);
        }

        /// <summary>Whether every byte is one a host name or an IPv4 literal may hold: A-Z a-z 0-9 . -</summary>
        internal static bool IsHostName(byte[] bytes)
        {
            for (int i = 0; i < bytes.Length; i++)
            {
                byte b = bytes[i];
                bool allowed = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '.' || b == '-';
                if (!allowed)
                {
                    return false;
                }
            }
            return true;
        }

        internal static bool SameBytes(byte[] a, byte[] b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }
            return true;
        }
    }
}
