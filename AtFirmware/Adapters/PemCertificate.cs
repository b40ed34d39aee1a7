using System;
using System.Security.Cryptography.X509Certificates;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// Turns certificate files (the bytes the engine read from storage) into what M2Mqtt's TLS
    /// channel takes. nanoFramework hands the bytes to mbedTLS as they are, and mbedTLS only
    /// parses PEM when the buffer ends in a NUL that it counts, so PEM text gets one; DER is
    /// left alone, where a trailing NUL would break it. A file that does not parse throws here,
    /// which the caller reports as a TLS failure.
    /// </summary>
    public static class PemCertificate
    {
        private static readonly byte[] PemMarker = Utf8.Encode("-----BEGIN");

        /// <summary>The CA certificate (or bundle) to verify the server against.</summary>
        public static X509Certificate Authority(byte[] pem)
        {
            return new X509Certificate(ForMbedTls(pem));
        }

        /// <summary>The client certificate with its private key (unencrypted: ESP-AT's mqtt_key.pem has no password).</summary>
        public static X509Certificate2 Client(byte[] certificatePem, byte[] keyPem)
        {
            return new X509Certificate2(ForMbedTls(certificatePem), ForMbedTls(keyPem), null);
        }

        /// <summary>PEM text NUL-terminated (once); anything else unchanged.</summary>
        public static byte[] ForMbedTls(byte[] contents)
        {
            if (contents == null || contents.Length == 0 || contents[contents.Length - 1] == 0 || !ContainsMarker(contents))
            {
                return contents;
            }
            byte[] terminated = new byte[contents.Length + 1];
            Array.Copy(contents, terminated, contents.Length);
            terminated[contents.Length] = 0;
            return terminated;
        }

        private static bool ContainsMarker(byte[] contents)
        {
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
