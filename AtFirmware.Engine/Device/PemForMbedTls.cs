using System;

namespace EspAtNano.Engine.Device
{
    /// <summary>
    /// Certificate files as nanoFramework's TLS wants them. nanoFramework hands certificate bytes
    /// to mbedTLS as they are, and mbedTLS (mbedtls_x509_crt_parse, mbedtls_pk_parse_key) parses
    /// PEM only when the buffer ends in a NUL that its length counts, so PEM text gets one; DER is
    /// left alone, where a trailing NUL would break it.
    /// Whether the contents really are a certificate is mbedTLS's to say when the connect
    /// builds the certificate object; this only decides about the terminator.
    /// </summary>
    internal static class PemForMbedTls
    {
        /// <summary>"-----BEGIN", which every PEM block starts with.</summary>
        private static readonly byte[] PemMarker = { 0x2D, 0x2D, 0x2D, 0x2D, 0x2D, 0x42, 0x45, 0x47, 0x49, 0x4E };

        /// <summary>PEM text NUL-terminated (once); anything else (DER, empty, null) unchanged.</summary>
        public static byte[] Terminate(byte[] contents)
        {
            if (contents == null || contents.Length == 0 || contents[contents.Length - 1] == 0 || !IsPem(contents))
            {
                return contents;
            }
            byte[] terminated = new byte[contents.Length + 1];
            Array.Copy(contents, terminated, contents.Length);
            terminated[contents.Length] = 0;
            return terminated;
        }

        /// <summary>True when the bytes hold a PEM block marker anywhere (a file may start with comments or a BOM).</summary>
        public static bool IsPem(byte[] contents)
        {
            if (contents == null)
            {
                return false;
            }
            // Files are a few KiB and this runs once per connect, so a plain scan is cheap enough.
            int last = contents.Length - PemMarker.Length;
            for (int i = 0; i <= last; i++)
            {
                int j = 0;
                while (j < PemMarker.Length && contents[i + j] == PemMarker[j])
                {
                    j++;
                }
                if (j == PemMarker.Length)
                {
                    return true;
                }
            }
            return false;
        }
    }
}
