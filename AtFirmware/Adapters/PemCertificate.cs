using System.Security.Cryptography.X509Certificates;
using EspAtNano.Engine.Device;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// Turns certificate files (the bytes the engine read from storage) into what M2Mqtt's TLS
    /// channel takes, terminated as mbedTLS needs (PemForMbedTls). A file that does not parse
    /// throws here, which the caller reports as a TLS failure.
    /// </summary>
    internal static class PemCertificate
    {
        /// <summary>The CA certificate (or bundle) to verify the server against.</summary>
        public static X509Certificate Authority(byte[] pem)
        {
            return new X509Certificate(PemForMbedTls.Terminate(pem));
        }

        /// <summary>The client certificate with its private key (unencrypted: ESP-AT's mqtt_key.pem has no password).</summary>
        public static X509Certificate2 Client(byte[] certificatePem, byte[] keyPem)
        {
            return new X509Certificate2(PemForMbedTls.Terminate(certificatePem), PemForMbedTls.Terminate(keyPem), null);
        }
    }
}
