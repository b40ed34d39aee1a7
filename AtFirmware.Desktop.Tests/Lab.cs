namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// What the whole run shares: the certificates made for it and one mosquitto with every
    /// listener. Tests that stop a broker start their own.
    /// </summary>
    [TestClass]
    public static class Lab
    {
        public static TestCertificates Pki { get; private set; }
        public static Mosquitto Broker { get; private set; }

        [AssemblyInitialize]
        public static void Start(TestContext context)
        {
            Installation.Check();
            Pki = TestCertificates.Create();
            Broker = Mosquitto.Start(Pki);
        }

        [AssemblyCleanup]
        public static void Stop()
        {
            Broker?.Dispose();
            Pki?.Dispose();
        }
    }
}
