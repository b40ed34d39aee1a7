namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// A broker that fails a publish in flight (docs/commands/mqtt.md): hangs up before its
    /// acknowledgement, or never sends one. The publish always ends with its specified failure,
    /// never a hang; the drop, when there is one, is reported as well, in whichever order the two
    /// happened.
    /// </summary>
    [TestClass]
    public sealed class BrokerDropTests
    {
        private const string PublishFailed = "ERR CODE:0x010a600c\r\n\r\nERROR\r\n";
        private const string PubFail = "+MQTTPUB:FAIL\r\n";

        /// <summary>A module linked to a broker that takes publishes without acknowledging them.</summary>
        private static (Module Module, ScriptedBrokerConnection Link) Connected(ScriptedBroker broker, string name)
        {
            Module module = Module.OverTcp(null, Lab.Pki);
            module.At.CommandOk(UserCfg(1, UniqueClientId(name)));
            module.At.Command(Conn("127.0.0.1", broker.Port, 0), ConnectedAnswer(1, "127.0.0.1", broker.Port, 0));
            ScriptedBrokerConnection link = broker.NextConnection();
            link.StopAcknowledgingPublishes();
            return (module, link);
        }

        private static void ExpectExactlyBoth(AtHost at, string result)
        {
            string answer = at.ReadUntilAll(null, result, Disconnected);
            Assert.AreEqual(result.Length + Disconnected.Length, answer.Length, "only the result and the drop: " + answer);
        }

        [TestMethod]
        public void AQos1PublishWhoseBrokerHangsUpFailsAndTheLinkIsReportedDown()
        {
            using ScriptedBroker broker = ScriptedBroker.Start();
            (Module module, ScriptedBrokerConnection link) = Connected(broker, "hangup-pub");
            using (module)
            {
                module.At.SendLine(Pub("drop/pub", "x", 1, 0));
                link.WaitFor(MqttWire.Publish);
                link.Close();
                ExpectExactlyBoth(module.At, PublishFailed);
                module.At.Command("AT+MQTTCONN?", ConnQueryAnswer(3, 1, "127.0.0.1", broker.Port, 0));
            }
        }

        [TestMethod]
        public void AQos1RawPublishWhoseBrokerHangsUpAnswersPubFail()
        {
            using ScriptedBroker broker = ScriptedBroker.Start();
            (Module module, ScriptedBrokerConnection link) = Connected(broker, "hangup-raw");
            using (module)
            {
                module.At.Command(PubRaw("drop/raw", 10, 1, 0), AtHost.Prompt);
                module.At.Send("0123456789");
                link.WaitFor(MqttWire.Publish);
                link.Close();
                ExpectExactlyBoth(module.At, PubFail);
                module.At.CommandOk("AT");
            }
        }

        [TestMethod]
        public void AQos2PublishNeverAcknowledgedFailsAtItsTimeoutAndTheLinkStaysUp()
        {
            using ScriptedBroker broker = ScriptedBroker.Start();
            (Module module, ScriptedBrokerConnection link) = Connected(broker, "silent-pub");
            using (module)
            {
                module.At.Command(Pub("drop/silent", "x", 2, 0) + ",3000", PublishFailed, TimeSpan.FromSeconds(30));
                link.WaitFor(MqttWire.Publish);
                module.At.Command("AT+MQTTCONN?", ConnQueryAnswer(4, 1, "127.0.0.1", broker.Port, 0));
            }
        }
    }
}
