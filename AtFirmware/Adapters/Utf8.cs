using System.Text;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// Byte/text conversion for the adapters: the engine hands over the exact bytes the host sent
    /// and M2Mqtt wants strings. Encoding.UTF8 builds a new encoder on every access on
    /// nanoFramework, hence the one cached instance.
    /// </summary>
    internal static class Utf8
    {
        private static readonly Encoding Codec = Encoding.UTF8;

        /// <summary>The text of <paramref name="bytes"/>; "" for null or empty.</summary>
        public static string Decode(byte[] bytes)
        {
            if (bytes == null || bytes.Length == 0)
            {
                return string.Empty;
            }
            // nanoFramework has only GetString(bytes, index, count).
            return Codec.GetString(bytes, 0, bytes.Length);
        }

        /// <summary>Like Decode, but null for null or empty (M2Mqtt's "not set").</summary>
        public static string DecodeOrNull(byte[] bytes)
        {
            if (bytes == null || bytes.Length == 0)
            {
                return null;
            }
            return Codec.GetString(bytes, 0, bytes.Length);
        }

        public static byte[] Encode(string text)
        {
            if (text == null || text.Length == 0)
            {
                return new byte[0];
            }
            return Codec.GetBytes(text);
        }
    }
}
