using static EspAtNano.Desktop.Tests.Support.MqttWire;

namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// The largest inbound message: a broker that sends a larger one loses the link, which the
    /// host sees as +MQTTDISCONNECTED:0, and the module never takes the message into memory; the
    /// log says why. The module goes on answering.
    /// </summary>
    [TestClass]
    public sealed class InboundLimitTests
    {
        /// <summary>The twin's default --max-inbound.</summary>
        private const int MaxInboundMessage = 1 << 20;

        /// <summary>A resource bound, not a timing: refusing the packet allocates nothing like its 256 MiB.</summary>
        private const long MostPeakGrowth = 20L * 1024 * 1024;
        private const long BodySent = 64L * 1024 * 1024;

        [TestMethod]
        public void APublishAnnouncing256MiBDropsTheLinkWithoutTheModuleAllocatingIt()
        {
            using ScriptedBroker broker = ScriptedBroker.Start();
            using Module module = Module.OverTcp(null, Lab.Pki);
            AtHost at = module.At;
            at.CommandOk(UserCfg(1, UniqueClientId("oversized")));
            // A short keepalive would end the link soon even if the packet were not refused: a
            // module that took it in fails on its memory below, not on the wait for the drop.
            at.CommandOk(ConnCfg(1, 0));
            at.Command(Conn("127.0.0.1", broker.Port, 0, 5000), ConnectedAnswer(1, "127.0.0.1", broker.Port, 0));
            ScriptedBrokerConnection link = broker.NextConnection();
            long peakBefore = ProcessMemory.PeakResidentBytes(module.Twin.ProcessId);

            // The fixed header of a PUBLISH of 268435455 bytes, then its body for as long as the
            // module reads it: a module that took the packet in holds what it read.
            link.Send(FixedHeader(MqttWire.Publish, 0, LargestRemainingLength));
            link.SendFiller(BodySent);

            at.Expect(Disconnected);
            link.WaitUntilEnded();
            long growth = ProcessMemory.PeakResidentBytes(module.Twin.ProcessId) - peakBefore;
            Assert.IsLessThan(MostPeakGrowth, growth, "growth of the module's peak resident memory, in bytes");
            TwinLog.WaitFor(module.Twin, "broker sent a PUBLISH of 268435455 bytes; the largest accepted is ");
            at.CommandOk("AT");
            at.Command("AT+MQTTCONN?", ConnQueryAnswer(3, 1, "127.0.0.1", broker.Port, 0));
        }

        /// <summary>One byte over the limit, from another client through a real broker, on every transport.</summary>
        [TestMethod]
        [DataRow(1)]
        [DataRow(3)]
        [DataRow(6)]
        [DataRow(8)]
        public void AMessageOneByteOverTheLimitDropsTheLinkOnEveryTransport(int scheme)
        {
            int port = SchemeTests.PortFor(Lab.Broker, scheme);
            string down = UniqueTopic("limit" + scheme);
            using Observer observer = Observer.Connect(Lab.Broker.TcpPort);
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
            AtHost at = module.At;
            at.CommandOk(UserCfg(scheme, UniqueClientId("limit" + scheme)));
            at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(scheme, "127.0.0.1", port, 0));
            at.CommandOk(Sub(down, 0));

            observer.Publish(down, new byte[MaxInboundMessage + 1], 0);

            at.Expect(Disconnected);
            TwinLog.WaitFor(module.Twin, "broker sent a PUBLISH with a message of " + (MaxInboundMessage + 1)
                + " bytes; the largest accepted is " + MaxInboundMessage);
            at.Command("AT+MQTTCONN?", ConnQueryAnswer(3, scheme, "127.0.0.1", port, 0));
        }
    }
}
