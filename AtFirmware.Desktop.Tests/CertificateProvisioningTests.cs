namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// docs/commands/basic.md#atsysmfg--certificates-over-the-uart end to end: a host provisions the module's certificates over
    /// the UART alone, into an empty --certs directory, and the next AT+MQTTCONN uses them.
    /// </summary>
    [TestClass]
    public sealed class CertificateProvisioningTests
    {
        private string _certs = "";

        [TestInitialize]
        public void CreateEmptyStore()
        {
            _certs = Path.Combine(Path.GetTempPath(), "espatnano-provisioned-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(_certs);
        }

        [TestCleanup]
        public void DeleteStore()
        {
            Directory.Delete(_certs, true);
        }

        /// <summary>The test PKI's file for the module (the CA, the client certificate or its key).</summary>
        private static byte[] Pki(string fileName)
        {
            return File.ReadAllBytes(Path.Combine(Lab.Pki.ModuleDirectory, fileName));
        }

        private static string Diagnostics(TwinProcess twin)
        {
            return twin.Stderr + "\n---- mosquitto log ----\n" + Lab.Broker.Log;
        }

        private static AtHost Boot(TwinProcess twin)
        {
            AtHost at = TcpHost.Attach(twin, () => Diagnostics(twin));
            at.Boot();
            at.SyncClock();
            return at;
        }

        /// <summary>AT+SYSMFG=2 with the value as its raw block: prompt, the bytes, OK.</summary>
        private static void Provision(AtHost at, string ns, string key, byte[] value)
        {
            at.Command("AT+SYSMFG=2,\"" + ns + "\",\"" + key + "\",8," + value.Length, AtHost.Prompt);
            at.Send(value);
            at.Expect(OK);
        }

        [TestMethod]
        public void ACaAndAClientCertificateProvisionedOverTheUartAloneAreUsedByTheNextMqttConn()
        {
            using TwinProcess twin = TwinProcess.StartTcp(_certs);
            using AtHost at = Boot(twin);
            int port = Lab.Broker.TlsClientCertPort;

            Provision(at, "mqtt_ca", "mqtt_ca", Pki("mqtt_ca.pem"));
            Provision(at, "mqtt_cert", "mqtt_cert", Pki("mqtt_cert.pem"));
            Provision(at, "mqtt_key", "mqtt_key", Pki("mqtt_key.pem"));
            at.Command("AT+SYSMFG=1,\"mqtt_key\"", "+SYSMFG:\"mqtt_key\",\"mqtt_key\",8\r\n" + OK);

            at.CommandOk(UserCfg(5, UniqueClientId("provisioned")));
            at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(5, "127.0.0.1", port, 0));
        }

        [TestMethod]
        public void AValueThatIsNoCertificateIsStoredAndMqttConnThenFailsWith6009()
        {
            using TwinProcess twin = TwinProcess.StartTcp(_certs);
            using AtHost at = Boot(twin);
            byte[] notACertificate = "-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n"u8.ToArray();

            Provision(at, "mqtt_ca", "mqtt_ca", notACertificate);
            CollectionAssert.AreEqual(notACertificate, File.ReadAllBytes(Path.Combine(_certs, "mqtt_ca.pem")));

            at.CommandOk(UserCfg(3, UniqueClientId("garbageca")));
            at.Command(Conn("127.0.0.1", Lab.Broker.TlsPort, 0), ConnFailedAnswer(0x6009));
            at.CommandOk("AT");
        }

        [TestMethod]
        public void AWriteCutShortByAVanishedHostLeavesTheGoodCertificateInPlace()
        {
            using TwinProcess twin = TwinProcess.StartTcp(_certs);
            byte[] good = Pki("mqtt_ca.pem");
            using (AtHost first = Boot(twin))
            {
                Provision(first, "mqtt_ca", "mqtt_ca", good);
                first.Command("AT+SYSMFG=2,\"mqtt_ca\",\"mqtt_ca\",8," + (good.Length + 100), AtHost.Prompt);
                first.Send(new byte[good.Length]);
            }

            // The next host on the line finds the good CA, and MQTTCONN verifies the broker with it.
            using AtHost next = TcpHost.Attach(twin, () => Diagnostics(twin));
            next.CommandOk("AT");
            CollectionAssert.AreEqual(good, File.ReadAllBytes(Path.Combine(_certs, "mqtt_ca.pem")));
            CollectionAssert.AreEqual(new[] { "mqtt_ca.pem" }, Directory.GetFileSystemEntries(_certs).Select(Path.GetFileName).ToArray(),
                "the store holds more than the certificate");
            int port = Lab.Broker.TlsPort;
            next.CommandOk(UserCfg(3, UniqueClientId("cutshort")));
            next.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(3, "127.0.0.1", port, 0));
        }
    }
}
