namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// What the whole run shares: the certificates made for it and one mosquitto with every
    /// listener. Tests that stop a broker start their own.
    /// </summary>
    [TestClass]
    public static class Lab
    {
        private static TestCertificates? _pki;
        private static Mosquitto? _broker;

        public static TestCertificates Pki => _pki ?? throw new InvalidOperationException("the lab did not start");
        public static Mosquitto Broker => _broker ?? throw new InvalidOperationException("the lab did not start");

        [AssemblyInitialize]
        public static void Start(TestContext context)
        {
            Installation.Check();
            _pki = TestCertificates.Create();
            _broker = Mosquitto.Start(_pki);
        }

        [AssemblyCleanup]
        public static void Stop()
        {
            _broker?.Dispose();
            _pki?.Dispose();
        }
    }
}
