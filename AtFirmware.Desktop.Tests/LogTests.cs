namespace EspAtNano.Desktop.Tests
{
    /// <summary>The twin's log (--log FILE, --verbose: every UART line) is for diagnostics and never holds a secret.</summary>
    [TestClass]
    public sealed class LogTests
    {
        [TestMethod]
        public void ThePasswordIsNeverLogged()
        {
            string[] secrets = { "s3cr3t-A", "s3cr3t-B", "s3cr3t-C" };
            string directory = Path.Combine(Path.GetTempPath(), "espatnano-log-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(directory);
            string logFile = Path.Combine(directory, "twin.log");
            try
            {
                int port = Lab.Broker.TcpPort;
                using (Module module = Module.OverTcp(Lab.Broker, Lab.Pki, "--log", logFile))
                {
                    AtHost at = module.At;
                    // Echo on, so that the password also crosses the UART towards the host.
                    at.CommandOk("ATE1");
                    string userCfg = UserCfg(1, UniqueClientId("secret"), "user", secrets[0]);
                    at.Command(userCfg, userCfg + "\r\n" + OK);
                    string password = "AT+MQTTPASSWORD=0,\"" + secrets[1] + "\"";
                    at.Command(password, password + "\r\n" + OK);
                    string longPassword = "AT+MQTTLONGPASSWORD=0," + secrets[2].Length;
                    at.Command(longPassword, longPassword + "\r\n" + AtHost.Prompt);
                    at.Send(secrets[2]);
                    at.Expect(OK);
                    // The broker takes any password on this listener: the twin sends it and logs the connection.
                    string conn = Conn("127.0.0.1", port, 0);
                    at.Command(conn, conn + "\r\n" + ConnectedAnswer(1, "127.0.0.1", port, 0));
                }

                // The twin is gone: its log is complete.
                string[] log = File.ReadAllLines(logFile);
                string[] leaks = log.Where(l => secrets.Any(secret => l.Contains(secret, StringComparison.Ordinal))).ToArray();
                Assert.AreEqual(0, leaks.Length, "log lines holding a password:\n" + string.Join("\n", leaks));
                // The lines are still logged, with the password masked.
                foreach (string command in new[] { "AT+MQTTUSERCFG", "AT+MQTTPASSWORD", "AT+MQTTLONGPASSWORD" })
                {
                    Assert.IsTrue(log.Any(l => l.Contains(command, StringComparison.Ordinal)), "no log line shows " + command + ":\n" + string.Join("\n", log));
                }
            }
            finally
            {
                Directory.Delete(directory, true);
            }
        }
    }
}
