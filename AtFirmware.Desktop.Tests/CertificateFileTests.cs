namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// docs/commands/mqtt.md#atmqttusercfg end to end: whatever lies in the certificate store, MQTTCONN answers (0x6009 for
    /// a file that cannot be had) and the module goes on answering.
    /// </summary>
    [TestClass]
    public sealed class CertificateFileTests
    {
        /// <summary>A liveness bound, far beyond MQTTCONN's own 3 s timeout: not a measure of speed.</summary>
        private static readonly TimeSpan Answered = TimeSpan.FromSeconds(20);

        [TestMethod]
        public void ACertificateFileThatBlocksOnReadDoesNotHoldMqttConnPastItsTimeout()
        {
            if (OperatingSystem.IsWindows())
            {
                Assert.Inconclusive("FIFOs in the file system are a Unix feature");
            }
            string certs = Path.Combine(Path.GetTempPath(), "espatnano-fifo-certs-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(certs);
            try
            {
                // Opening it for reading waits for a writer that never comes.
                Fifo.Create(Path.Combine(certs, "mqtt_ca.pem"));
                using TwinProcess twin = TwinProcess.StartTcp(certs);
                using AtHost at = TcpHost.Attach(twin, () => twin.Stderr + "\n---- mosquitto log ----\n" + Lab.Broker.Log);
                at.Boot();
                at.SyncClock();
                int port = Lab.Broker.TlsPort;
                at.CommandOk(UserCfg(3, UniqueClientId("fifo")));

                at.Command(Conn("127.0.0.1", port, 0, 3000), ConnFailedAnswer(0x6009), Answered);
                at.CommandOk("AT");
            }
            finally
            {
                Directory.Delete(certs, true);
            }
        }
    }
}
