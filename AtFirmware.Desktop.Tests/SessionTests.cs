namespace EspAtNano.Desktop.Tests
{
    /// <summary>docs/commands/mqtt.md MQTTCONNCFG: the last will and the persistent session, seen from the broker.</summary>
    [TestClass]
    public sealed class SessionTests
    {
        [TestMethod]
        public void WillIsDeliveredWhenTheLinkDies()
        {
            string willTopic = UniqueTopic("will");
            int port = Lab.Broker.TcpPort;
            using Observer observer = Observer.Connect(port);
            observer.Subscribe(willTopic, 1);
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
            AtHost at = module.At;
            at.CommandOk(UserCfg(1, UniqueClientId("will")));
            at.CommandOk(ConnCfg(2, 0, willTopic, "module gone", 1, 0));
            at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(1, "127.0.0.1", port, 0));

            // Power cut: no DISCONNECT reaches the broker, so it publishes the will.
            module.Twin.Kill();

            ReceivedMessage will = observer.WaitFor(willTopic, TimeSpan.FromSeconds(20));
            Assert.AreEqual("module gone", will.Text);
            Assert.AreEqual(1, will.Qos);
        }

        [TestMethod]
        public void NoWillWhenTheHostCleansTheLink()
        {
            string willTopic = UniqueTopic("nowill");
            string clientId = UniqueClientId("nowill");
            int port = Lab.Broker.TcpPort;
            using Observer observer = Observer.Connect(port);
            observer.Subscribe(willTopic, 1);
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
            AtHost at = module.At;
            at.CommandOk(UserCfg(1, clientId));
            at.CommandOk(ConnCfg(2, 0, willTopic, "module gone", 1, 0));
            at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(1, "127.0.0.1", port, 0));

            // MQTTCLEAN sends DISCONNECT: a clean goodbye, no will.
            at.CommandOk("AT+MQTTCLEAN=0");
            Lab.Broker.WaitForLog("Client " + clientId + " disconnected", TimeSpan.FromSeconds(20));
            module.Twin.Kill();
            observer.ExpectNothingOn(willTopic, TimeSpan.FromSeconds(4));
        }

        [TestMethod]
        public void CleanSessionOffKeepsQos1MessagesSentWhileAway()
        {
            string topic = UniqueTopic("persistent");
            string clientId = UniqueClientId("persistent");
            int port = Lab.Broker.TcpPort;
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
            AtHost at = module.At;
            at.CommandOk(UserCfg(1, clientId));
            at.CommandOk(ConnCfg(60, 1));
            at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(1, "127.0.0.1", port, 0));
            at.CommandOk(Sub(topic, 1));

            // Leave (DISCONNECT, the broker keeps the session), then another client publishes.
            at.CommandOk("AT+MQTTCLEAN=0");
            Lab.Broker.WaitForLog("Client " + clientId + " disconnected", TimeSpan.FromSeconds(20));
            using (Observer observer = Observer.Connect(port))
            {
                observer.Publish(topic, "sent while away 1", 1);
                observer.Publish(topic, "sent while away 2", 1);
            }

            // Back with the same client id and clean session still off: the broker delivers them.
            at.CommandOk(UserCfg(1, clientId));
            at.CommandOk(ConnCfg(60, 1));
            at.SendLine(Conn("127.0.0.1", port, 0));
            string[] parts =
            {
                ConnectedUrc(1, "127.0.0.1", port, 0), OK,
                SubRecv(topic, "sent while away 1"), SubRecv(topic, "sent while away 2"),
            };
            string received = at.ReadUntilAll(null, parts);
            StringAssert.StartsWith(received, ConnectedUrc(1, "127.0.0.1", port, 0));
            Assert.AreEqual(parts.Sum(x => x.Length), received.Length, "nothing else was printed: " + received);
            Assert.IsTrue(received.IndexOf(SubRecv(topic, "sent while away 1"), StringComparison.Ordinal)
                < received.IndexOf(SubRecv(topic, "sent while away 2"), StringComparison.Ordinal), "in the order they were sent");
        }
    }
}
