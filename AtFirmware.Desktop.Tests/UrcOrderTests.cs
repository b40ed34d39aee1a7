using System.Diagnostics;

namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// docs/urcs.md order: `+MQTTCONNECTED` is written before any `+MQTTSUBRECV` of that connection,
    /// also when the broker delivers a persistent session's queue right after its CONNACK.
    /// </summary>
    [TestClass]
    public sealed class UrcOrderTests
    {
        /// <summary>The race is short and lost only now and then: ten returns make it show every time.</summary>
        private const int Returns = 10;
        private const int QueuedMessages = 3;

        [TestMethod]
        public void ConnectedComesBeforeAnySubRecvOfThatConnection()
        {
            // A broker of its own: what its log says about this client since a point is all about this test.
            using Mosquitto broker = Mosquitto.Start(Lab.Pki);
            int port = broker.TcpPort;
            string topic = UniqueTopic("queued");
            string clientId = UniqueClientId("queued");
            string connected = ConnectedUrc(1, "127.0.0.1", port, 0);
            using Observer observer = Observer.Connect(port);
            using Module module = Module.OverTcp(broker, Lab.Pki);
            AtHost at = module.At;
            at.CommandOk(UserCfg(1, clientId));
            at.CommandOk(ConnCfg(60, 1));
            at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(1, "127.0.0.1", port, 0));
            at.CommandOk(Sub(topic, 1));

            for (int away = 1; away <= Returns; away++)
            {
                // MQTTCLEAN sends DISCONNECT: with clean session off the broker keeps the
                // session and its subscription, and queues what is published meanwhile.
                int mark = broker.Log.Length;
                at.CommandOk("AT+MQTTCLEAN=0");
                WaitForLog(broker, mark, "Client " + clientId + " disconnected", 1);
                string[] queued = new string[QueuedMessages];
                for (int i = 0; i < QueuedMessages; i++)
                {
                    string payload = "away " + away + " message " + i;
                    observer.Publish(topic, payload, 1);
                    queued[i] = SubRecv(topic, payload);
                }

                // Back with the same client id and clean session still off: the queue comes right after CONNACK.
                mark = broker.Log.Length;
                at.CommandOk(UserCfg(1, clientId));
                at.CommandOk(ConnCfg(60, 1));
                at.SendLine(Conn("127.0.0.1", port, 0));
                string received = at.ReadUntilAll(null, queued.Append(connected).Append(OK).ToArray());
                string where = " (return " + away + " of " + Returns + "), received:\n" + received;
                Assert.IsTrue(received.StartsWith(connected, StringComparison.Ordinal), "+MQTTCONNECTED came after a +MQTTSUBRECV of its connection" + where);
                Assert.AreEqual(queued.Sum(x => x.Length) + connected.Length + OK.Length, received.Length, "nothing else was printed" + where);
                for (int i = 1; i < QueuedMessages; i++)
                {
                    Assert.IsTrue(received.IndexOf(queued[i - 1], StringComparison.Ordinal) < received.IndexOf(queued[i], StringComparison.Ordinal),
                        "the queued messages in the order they were sent" + where);
                }
                // Each acknowledged before the next leave, or the broker would rightly send it again (QoS 1).
                WaitForLog(broker, mark, "Received PUBACK from " + clientId + " ", QueuedMessages);
            }
        }

        /// <summary>Waits until the broker has logged <paramref name="text"/> <paramref name="times"/> times after the first <paramref name="mark"/> characters of its log.</summary>
        private static void WaitForLog(Mosquitto broker, int mark, string text, int times)
        {
            TimeSpan limit = TimeSpan.FromSeconds(20);
            Stopwatch watch = Stopwatch.StartNew();
            while (Count(broker.Log, mark, text) < times)
            {
                if (watch.Elapsed > limit)
                {
                    throw new AssertFailedException("mosquitto logged \"" + text + "\" fewer than " + times + " times within " + limit + ":\n" + broker.Log.Substring(mark));
                }
                Thread.Sleep(50);
            }
        }

        private static int Count(string log, int from, string text)
        {
            int count = 0;
            for (int at = log.IndexOf(text, from, StringComparison.Ordinal); at >= 0; at = log.IndexOf(text, at + text.Length, StringComparison.Ordinal))
            {
                count++;
            }
            return count;
        }
    }
}
