#nullable disable
namespace EspAtNano.Firmware.Tests.Support
{
    /// <summary>
    /// Bytes as text and back, one char per byte: the tests' strings are the UART's bytes
    /// exactly, with no encoding library (nanoFramework's mscorlib has none). Not for NUL:
    /// nanoFramework's strings end at their first NUL, so data holding one is fed and compared as bytes.
    /// </summary>
    public static class Latin1
    {
        public static byte[] Bytes(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }
            return bytes;
        }

        public static string Text(byte[] bytes, int offset, int count)
        {
            char[] chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                chars[i] = (char)bytes[offset + i];
            }
            return new string(chars);
        }

        public static string Text(byte[] bytes)
        {
            return Text(bytes, 0, bytes.Length);
        }

        /// <summary>CR, LF and NUL made visible, for failure messages.</summary>
        public static string Show(string text)
        {
            string shown = "";
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                shown += c == '\r' ? "\\r" : c == '\n' ? "\\n" : c == '\0' ? "\\0" : c.ToString();
            }
            return shown;
        }
    }
}
