namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// docs/link-states.md link state and docs/urcs.md URCs when the broker goes away and comes back. Each test has a
    /// broker of its own, killed and restarted on the same ports (no persistence: the broker
    /// forgets every subscription, so messages flowing again prove the module re-subscribed).
    /// </summary>
    [TestClass]
    public sealed class ReconnectTests
    {
        private static readonly TimeSpan Reconnected = TimeSpan.FromSeconds(30);

        [TestMethod]
        public void ABrokerRestartWithReconnect1PrintsDisconnectedThenConnectedRestoresTopicsAndMessagesFlow()
        {
            using Mosquitto broker = Mosquitto.Start(Lab.Pki);
            int port = broker.TcpPort;
            string down = UniqueTopic("reconnect1/down");
            string up = UniqueTopic("reconnect1/up");
            using Module module = Module.OverTcp(broker, Lab.Pki);
            AtHost at = module.At;
            at.CommandOk(UserCfg(1, UniqueClientId("reconnect1")));
            at.Command(Conn("127.0.0.1", port, 1), ConnectedAnswer(1, "127.0.0.1", port, 1));
            at.CommandOk(Sub(down, 1));

            broker.Stop();
            at.Expect(Disconnected);
            at.Command("AT+MQTTCONN?", ConnQueryAnswer(3, 1, "127.0.0.1", port, 1));

            broker.Restart();
            at.Expect(ConnectedUrc(1, "127.0.0.1", port, 1), Reconnected);
            at.Command("AT+MQTTCONN?", ConnQueryAnswer(6, 1, "127.0.0.1", port, 1));
            at.Command("AT+MQTTSUB?", "+MQTTSUB:0,6,\"" + down + "\",1\r\n" + OK);

            using Observer observer = Observer.Connect(port);
            observer.Subscribe(up, 1);
            observer.Publish(down, "after the restart", 1);
            at.Expect(SubRecv(down, "after the restart"));
            at.CommandOk(Pub(up, "back again", 1, 0));
            Assert.AreEqual("back again", observer.WaitFor(up).Text);
        }

        [TestMethod]
        public void ABrokerRestartWithReconnect0StaysInState3AndMqttConnReconnects()
        {
            using Mosquitto broker = Mosquitto.Start(Lab.Pki);
            int port = broker.TcpPort;
            string down = UniqueTopic("reconnect0/down");
            using Module module = Module.OverTcp(broker, Lab.Pki);
            AtHost at = module.At;
            at.CommandOk(UserCfg(1, UniqueClientId("reconnect0")));
            at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(1, "127.0.0.1", port, 0));
            at.CommandOk(Sub(down, 1));

            broker.Stop();
            at.Expect(Disconnected);
            broker.Restart();

            // No automatic reconnect: several reconnect intervals (500 ms) pass in silence.
            at.ExpectSilence(TimeSpan.FromSeconds(3));
            at.Command("AT+MQTTCONN?", ConnQueryAnswer(3, 1, "127.0.0.1", port, 0));

            // MQTTCONN again (Deviation: the stored configuration is kept) restores the topics.
            at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(1, "127.0.0.1", port, 0));
            at.Command("AT+MQTTCONN?", ConnQueryAnswer(6, 1, "127.0.0.1", port, 0));
            using Observer observer = Observer.Connect(port);
            observer.Publish(down, "reconnected by hand", 1);
            at.Expect(SubRecv(down, "reconnected by hand"));
        }

        [TestMethod]
        public void MqttConnWhileAutomaticReconnectIsPendingIs0x6051()
        {
            using Mosquitto broker = Mosquitto.Start(Lab.Pki);
            int port = broker.TcpPort;
            using Module module = Module.OverTcp(broker, Lab.Pki);
            AtHost at = module.At;
            at.CommandOk(UserCfg(1, UniqueClientId("pending")));
            at.Command(Conn("127.0.0.1", port, 1), ConnectedAnswer(1, "127.0.0.1", port, 1));

            broker.Stop();
            at.Expect(Disconnected);
            at.Command(Conn("127.0.0.1", port, 1), "ERR CODE:0x010a6051\r\n\r\nERROR\r\n");

            broker.Restart();
            at.Expect(ConnectedUrc(1, "127.0.0.1", port, 1), Reconnected);
            at.Command("AT+MQTTCONN?", ConnQueryAnswer(4, 1, "127.0.0.1", port, 1));
        }
    }
}
