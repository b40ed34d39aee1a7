using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>
    /// A small PKI made at test time and written as PEM files: a CA; a server certificate for
    /// DNS localhost and IP 127.0.0.1; a server certificate that names only DNS localhost (a
    /// client that connects to 127.0.0.1 must reject it); a client certificate; and a second,
    /// unrelated CA that must not be trusted for the first CA's certificates.
    /// Files for mosquitto go to <see cref="BrokerDirectory"/>; the twin's certificate store
    /// (docs/commands/mqtt.md#atmqttusercfg) is <see cref="ModuleDirectory"/>: mqtt_ca.pem, mqtt_cert.pem, mqtt_key.pem, and
    /// mqtt_ca_1.pem holding the unrelated CA (CA_ID 1). No mqtt_cert_1.pem / mqtt_key_1.pem,
    /// so cert_key_ID 1 names a missing client certificate.
    /// </summary>
    public sealed class TestCertificates : IDisposable
    {
        private TestCertificates(string root)
        {
            Root = root;
            BrokerDirectory = Path.Combine(root, "broker");
            ModuleDirectory = Path.Combine(root, "module");
            Directory.CreateDirectory(BrokerDirectory);
            Directory.CreateDirectory(ModuleDirectory);
            Generate();
        }

        public string Root { get; }
        public string BrokerDirectory { get; }
        public string ModuleDirectory { get; }

        /// <summary>The CA the broker's certificates chain to (PEM file for mosquitto's cafile).</summary>
        public string CaFile => Path.Combine(BrokerDirectory, "ca.pem");
        public string ServerCertFile => Path.Combine(BrokerDirectory, "server.pem");
        public string ServerKeyFile => Path.Combine(BrokerDirectory, "server.key");
        /// <summary>A server certificate whose only name is DNS localhost (no IP address).</summary>
        public string LocalhostOnlyCertFile => Path.Combine(BrokerDirectory, "localhost-only.pem");
        public string LocalhostOnlyKeyFile => Path.Combine(BrokerDirectory, "localhost-only.key");

        public X509Certificate2 Ca { get; private set; }
        public X509Certificate2 UnrelatedCa { get; private set; }

        public static TestCertificates Create()
        {
            string root = Path.Combine(Path.GetTempPath(), "espatnano-pki-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            return new TestCertificates(root);
        }

        [MemberNotNull(nameof(Ca), nameof(UnrelatedCa))]
        private void Generate()
        {
            DateTimeOffset notBefore = DateTimeOffset.UtcNow.AddDays(-1);
            DateTimeOffset notAfter = DateTimeOffset.UtcNow.AddDays(30);

            using RSA caKey = RSA.Create(2048);
            Ca = CreateCa("CN=EspAtNano Test CA", caKey, notBefore, notAfter);

            using RSA unrelatedKey = RSA.Create(2048);
            UnrelatedCa = CreateCa("CN=EspAtNano Unrelated CA", unrelatedKey, notBefore, notAfter);

            SubjectAlternativeNameBuilder both = new SubjectAlternativeNameBuilder();
            both.AddDnsName("localhost");
            both.AddIpAddress(IPAddress.Loopback);
            using RSA serverKey = RSA.Create(2048);
            using X509Certificate2 server = CreateLeaf("CN=localhost", serverKey, both, Oids.ServerAuth, Ca, notBefore, notAfter);

            SubjectAlternativeNameBuilder dnsOnly = new SubjectAlternativeNameBuilder();
            dnsOnly.AddDnsName("localhost");
            using RSA localhostOnlyKey = RSA.Create(2048);
            using X509Certificate2 localhostOnly = CreateLeaf("CN=localhost", localhostOnlyKey, dnsOnly, Oids.ServerAuth, Ca, notBefore, notAfter);

            using RSA clientKey = RSA.Create(2048);
            using X509Certificate2 client = CreateLeaf("CN=espatnano-client", clientKey, null, Oids.ClientAuth, Ca, notBefore, notAfter);

            // For mosquitto (OpenSSL reads PKCS#8).
            File.WriteAllText(CaFile, Ca.ExportCertificatePem() + "\n");
            File.WriteAllText(ServerCertFile, server.ExportCertificatePem() + "\n");
            File.WriteAllText(ServerKeyFile, serverKey.ExportPkcs8PrivateKeyPem() + "\n");
            File.WriteAllText(LocalhostOnlyCertFile, localhostOnly.ExportCertificatePem() + "\n");
            File.WriteAllText(LocalhostOnlyKeyFile, localhostOnlyKey.ExportPkcs8PrivateKeyPem() + "\n");

            // The module's store, named as ESP-AT's partitions. The client key is PKCS#1
            // ("BEGIN RSA PRIVATE KEY"), the form ESP-AT's own examples ship.
            File.WriteAllText(Path.Combine(ModuleDirectory, "mqtt_ca.pem"), Ca.ExportCertificatePem() + "\n");
            File.WriteAllText(Path.Combine(ModuleDirectory, "mqtt_cert.pem"), client.ExportCertificatePem() + "\n");
            File.WriteAllText(Path.Combine(ModuleDirectory, "mqtt_key.pem"), clientKey.ExportRSAPrivateKeyPem() + "\n");
            File.WriteAllText(Path.Combine(ModuleDirectory, "mqtt_ca_1.pem"), UnrelatedCa.ExportCertificatePem() + "\n");

            // mosquitto drops to its own user when started as root: let it read the files.
            MakeReadable(Root);
        }

        private static X509Certificate2 CreateCa(string subject, RSA key, DateTimeOffset notBefore, DateTimeOffset notAfter)
        {
            CertificateRequest request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 1, true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(
                X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, true));
            request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
            return request.CreateSelfSigned(notBefore, notAfter);
        }

        private static X509Certificate2 CreateLeaf(string subject, RSA key, SubjectAlternativeNameBuilder? names, string usageOid,
            X509Certificate2 issuer, DateTimeOffset notBefore, DateTimeOffset notAfter)
        {
            CertificateRequest request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(
                X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid(usageOid) }, false));
            request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
            request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
            if (names != null)
            {
                request.CertificateExtensions.Add(names.Build(true));
            }
            byte[] serial = new byte[12];
            RandomNumberGenerator.Fill(serial);
            serial[0] &= 0x7f;
            return request.Create(issuer, notBefore, notAfter, serial);
        }

        private static void MakeReadable(string directory)
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }
            File.SetUnixFileMode(directory, (UnixFileMode)0x1ED); // 0755
            foreach (string sub in Directory.GetDirectories(directory, "*", SearchOption.AllDirectories))
            {
                File.SetUnixFileMode(sub, (UnixFileMode)0x1ED);
            }
            foreach (string file in Directory.GetFiles(directory, "*", SearchOption.AllDirectories))
            {
                File.SetUnixFileMode(file, (UnixFileMode)0x1A4); // 0644
            }
        }

        public void Dispose()
        {
            Ca?.Dispose();
            UnrelatedCa?.Dispose();
            try
            {
                Directory.Delete(Root, true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        private static class Oids
        {
            public const string ServerAuth = "1.3.6.1.5.5.7.3.1";
            public const string ClientAuth = "1.3.6.1.5.5.7.3.2";
        }
    }
}
