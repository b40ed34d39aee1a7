using System.Text;

namespace EspAtNano.Desktop.Tests
{
    /// <summary>docs/commands/mqtt.md MQTTPUB / MQTTPUBRAW / MQTTSUB and docs/urcs.md +MQTTSUBRECV, through a real broker.</summary>
    [TestClass]
    public sealed class MessageTests
    {
        private static Module ConnectedModule(string name)
        {
            Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
            int port = Lab.Broker.TcpPort;
            module.At.CommandOk(UserCfg(1, UniqueClientId(name)));
            module.At.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(1, "127.0.0.1", port, 0));
            return module;
        }

        [TestMethod]
        public void MessagesOfEveryQosArePublishedAndReceived()
        {
            string down = UniqueTopic("qos/down");
            string up = UniqueTopic("qos/up");
            using Observer observer = Observer.Connect(Lab.Broker.TcpPort);
            observer.Subscribe(up, 2);
            using Module module = ConnectedModule("qos");
            AtHost at = module.At;
            at.CommandOk(Sub(down, 2));

            for (int qos = 0; qos <= 2; qos++)
            {
                at.CommandOk(Pub(up, "module qos " + qos, qos, 0));
                ReceivedMessage got = observer.WaitFor(up);
                Assert.AreEqual("module qos " + qos, got.Text);
                Assert.AreEqual(qos, got.Qos, "the QoS the module published with");

                observer.Publish(down, "observer qos " + qos, qos);
                at.Expect(SubRecv(down, "observer qos " + qos));
            }
        }

        [TestMethod]
        public void RetainedMessageIsDeliveredToALaterSubscriber()
        {
            string fromModule = UniqueTopic("retain/from-module");
            string fromObserver = UniqueTopic("retain/from-observer");
            using Module module = ConnectedModule("retain");
            AtHost at = module.At;

            // The module's retained message reaches a client that subscribes afterwards.
            at.CommandOk(Pub(fromModule, "kept by the broker", 1, 1));
            using (Observer later = Observer.Connect(Lab.Broker.TcpPort))
            {
                later.Subscribe(fromModule, 1);
                ReceivedMessage got = later.WaitFor(fromModule);
                Assert.AreEqual("kept by the broker", got.Text);
                Assert.IsTrue(got.Retain, "delivered as a retained message");
            }

            // And the module, subscribing after another client retained a message, gets it.
            using (Observer earlier = Observer.Connect(Lab.Broker.TcpPort))
            {
                earlier.Publish(fromObserver, "waiting for you", 1, retain: true);
            }
            // The broker sends the retained message right after its SUBACK: the URC may come
            // before or after the command's OK, and nothing else may.
            at.SendLine(Sub(fromObserver, 1));
            string answer = at.ReadUntilAll(null, OK, SubRecv(fromObserver, "waiting for you"));
            Assert.AreEqual(OK.Length + SubRecv(fromObserver, "waiting for you").Length, answer.Length, "only OK and the URC: " + answer);
        }

        /// <summary>Every byte value, CR LF pairs, NULs and things that look like AT syntax.</summary>
        private static byte[] BinaryPayload()
        {
            List<byte> p = new List<byte>();
            p.AddRange(Encoding.ASCII.GetBytes("AT+MQTTCLEAN=0\r\n"));
            p.AddRange(new byte[] { 0, 0, (byte)'\r', (byte)'\n', (byte)'\r', (byte)'\n', (byte)'"', (byte)',', (byte)'\\', (byte)'>' });
            for (int i = 255; i >= 0; i--)
            {
                p.Add((byte)i);
            }
            p.AddRange(Encoding.ASCII.GetBytes("\r\nOK\r\n\r\nERROR\r\n+MQTTSUBRECV:0,\"x\",1,y\r\n\0"));
            return p.ToArray();
        }

        [TestMethod]
        public void PubRawBinaryPayloadWithCrLfAndNulArrivesIntact()
        {
            string down = UniqueTopic("raw/down");
            string up = UniqueTopic("raw/up");
            byte[] payload = BinaryPayload();
            using Observer observer = Observer.Connect(Lab.Broker.TcpPort);
            observer.Subscribe(up, 1);
            using Module module = ConnectedModule("raw");
            AtHost at = module.At;
            at.CommandOk(Sub(down, 1));

            // Module → observer: the prompt, exactly length raw bytes, then +MQTTPUB:OK.
            at.Command(PubRaw(up, payload.Length, 1, 0), "\r\nOK\r\n\r\n>");
            at.Send(payload);
            at.Expect(PubOk);
            ReceivedMessage got = observer.WaitFor(up);
            CollectionAssert.AreEqual(payload, got.Payload, "what the observer received: " + AtHost.Escape(got.Payload, 0, got.Payload.Length));

            // Observer → module: the same bytes inside +MQTTSUBRECV, byte for byte.
            observer.Publish(down, payload, 1);
            at.Expect(SubRecv(down, payload));

            // And the link is still in step.
            at.CommandOk("AT");
        }

        [TestMethod]
        public void ALargeMessageArrivesAsOneSubRecvWithItsFullLength()
        {
            string down = UniqueTopic("large/down");
            string up = UniqueTopic("large/up");
            byte[] payload = new byte[6000];
            new Random(1234).NextBytes(payload);
            using Observer observer = Observer.Connect(Lab.Broker.TcpPort);
            observer.Subscribe(up, 1);
            using Module module = ConnectedModule("large");
            AtHost at = module.At;
            at.CommandOk(Sub(down, 0));

            observer.Publish(down, payload, 1);
            at.Expect(SubRecv(down, payload));

            at.Command(PubRaw(up, payload.Length, 2, 0), "\r\nOK\r\n\r\n>");
            at.Send(payload);
            at.Expect(PubOk);
            CollectionAssert.AreEqual(payload, observer.WaitFor(up).Payload);
        }
    }
}
