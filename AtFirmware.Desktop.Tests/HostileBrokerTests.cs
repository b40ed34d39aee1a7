using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using static EspAtNano.Desktop.Tests.Support.MqttWire;

namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// docs/link-states.md and docs/urcs.md when the broker misbehaves (a scripted broker, see
    /// <see cref="ScriptedBroker"/>): whatever it sends, the module stays in step with its host,
    /// reports the link as a real module would, and keeps answering.
    /// </summary>
    [TestClass]
    public sealed class HostileBrokerTests
    {
        private const int DeadEndAttempts = 3000;
        private static readonly TimeSpan DeadEndBudget = TimeSpan.FromSeconds(60);

        private static readonly Regex FailedConnAnswer = new Regex(@"^\+MQTTDISCONNECTED:0\r\nERR CODE:0x010a[0-9a-f]{4}\r\n\r\nERROR\r\n$");

        /// <summary>A module connected (scheme 1, reconnect 0) to <paramref name="broker"/>.</summary>
        private static Module ConnectedTo(ScriptedBroker broker, string name)
        {
            Module module = Module.OverTcp(null, Lab.Pki);
            module.At.CommandOk(UserCfg(1, UniqueClientId(name)));
            module.At.Command(Conn("127.0.0.1", broker.Port, 0), ConnectedAnswer(1, "127.0.0.1", broker.Port, 0));
            return module;
        }

        /// <summary>
        /// A broker that accepts the CONNECT and hangs up at once, again and again: every
        /// MQTTCONN ends with the link reported down, either as a failed connect or as a connect
        /// followed by +MQTTDISCONNECTED — never a module that believes it is still connected,
        /// nor a drop reported before the connect it ends. The race behind it is rare, hence
        /// the many attempts, as many as fit in <see cref="DeadEndBudget"/>.
        /// </summary>
        [TestMethod]
        public void EveryMqttConnToABrokerThatHangsUpRightAfterConnAckEndsWithTheLinkDown()
        {
            using ScriptedBroker broker = ScriptedBroker.Start(client => client.Close());
            using Module module = Module.OverTcp(null, Lab.Pki);
            AtHost at = module.At;
            at.CommandOk(UserCfg(1, UniqueClientId("deadend")));
            string connected = ConnectedUrc(1, "127.0.0.1", broker.Port, 0);
            int failed = 0;
            int dropped = 0;
            Stopwatch budget = Stopwatch.StartNew();
            int attempt = 0;
            while (attempt < DeadEndAttempts && budget.Elapsed < DeadEndBudget)
            {
                attempt++;
                at.SendLine(Conn("127.0.0.1", broker.Port, 0));
                string answer = ReadAnswer(at);
                if (FailedConnAnswer.IsMatch(answer))
                {
                    failed++;
                }
                else if (answer == connected + OK)
                {
                    ExpectTheDrop(at, attempt);
                    dropped++;
                }
                else if (answer == connected + Disconnected + OK)
                {
                    dropped++;
                }
                else
                {
                    Assert.Fail("attempt " + attempt + ": MQTTCONN answered \"" + AtHost.Escape(Encoding.Latin1.GetBytes(answer), 0, answer.Length)
                        + "\"\n---- twin stderr (tail) ----\n" + Tail(module.Twin.Stderr, 6000));
                }
            }
            Assert.AreEqual(attempt, broker.Accepted, "one connection to the broker per MQTTCONN");
            at.CommandOk("AT");
            Console.WriteLine(attempt + " attempts: " + failed + " MQTTCONN failed, " + dropped + " connected and then reported the drop");
        }

        /// <summary>Every line of a command's answer, up to and including its final OK or ERROR.</summary>
        private static string ReadAnswer(AtHost at)
        {
            StringBuilder answer = new StringBuilder();
            while (true)
            {
                string line = Encoding.Latin1.GetString(at.ReadUntil("\r\n"));
                answer.Append(line);
                if (line == "OK\r\n" || line == "ERROR\r\n")
                {
                    return answer.ToString();
                }
            }
        }

        private static string Tail(string text, int max)
        {
            return text.Length <= max ? text : "…" + text.Substring(text.Length - max);
        }

        private static void ExpectTheDrop(AtHost at, int attempt)
        {
            try
            {
                at.Expect(Disconnected);
            }
            catch (AssertFailedException e)
            {
                throw new AssertFailedException("attempt " + attempt + ": connected, but the drop was never reported: " + e.Message);
            }
        }

        /// <summary>
        /// A topic is written between quotes in +MQTTSUBRECV: one carrying a quote and CR LF
        /// would let the broker forge lines (an OK) on the host's UART, so such a message is not
        /// passed on, and the next one is.
        /// </summary>
        [TestMethod]
        public void AMessageWhoseTopicCarriesAQuoteAndCrLfIsNotPassedToTheHost()
        {
            using ScriptedBroker broker = ScriptedBroker.Start();
            using Module module = ConnectedTo(broker, "forged");
            AtHost at = module.At;
            ScriptedBrokerConnection link = broker.NextConnection();
            at.CommandOk(Sub("#", 0));

            link.Send(PublishPacket("inj/x\"\r\nOK\r\n", "forged"));
            link.Send(PublishPacket("ok/topic", "genuine"));

            at.Expect(SubRecv("ok/topic", "genuine"));
            at.CommandOk("AT");
        }

        /// <summary>
        /// MQTT topics are UTF-8 (MQTT 3.1.1 docs/framing.md.5.3): a topic that is not (0xC3 0x28) is not
        /// passed on — not as the bytes sent nor with a replacement character — and the next
        /// message is.
        /// </summary>
        [TestMethod]
        public void AMessageWhoseTopicIsNotUtf8IsNotPassedToTheHost()
        {
            using ScriptedBroker broker = ScriptedBroker.Start();
            using Module module = ConnectedTo(broker, "notutf8");
            AtHost at = module.At;
            ScriptedBrokerConnection link = broker.NextConnection();
            at.CommandOk(Sub("#", 0));

            link.Send(PublishPacket(new byte[] { (byte)'b', (byte)'a', (byte)'d', (byte)'/', 0xC3, 0x28 }, Encoding.UTF8.GetBytes("not utf-8")));
            link.Send(PublishPacket("ok/topic", "genuine"));

            at.Expect(SubRecv("ok/topic", "genuine"));
            at.CommandOk("AT");
        }
    }
}
