namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// The twin's TCP UART takes one host after another, and each new host is a new MCU on the
    /// line: what the host before it left unfinished (a raw-data block, a line without its CRLF)
    /// is dropped, never completed with the new host's bytes. The observer reads the topic until
    /// a marker the new host publishes there: anything the old host left would arrive before it.
    /// </summary>
    [TestClass]
    public sealed class HostChangeTests
    {
        private const string Marker = "marker from the next host";

        /// <summary>A twin linked to the broker through its first host.</summary>
        private static Module ConnectedModule(string name)
        {
            int port = Lab.Broker.TcpPort;
            Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
            module.At.CommandOk(UserCfg(1, UniqueClientId(name)));
            module.At.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(1, "127.0.0.1", port, 0));
            return module;
        }

        /// <summary>The next host publishes the marker: it must be the first message on <paramref name="topic"/>.</summary>
        private static void ExpectOnlyTheMarkerPublished(AtHost next, Observer observer, string topic)
        {
            next.CommandOk(Pub(topic, Marker, 1, 0));
            ReceivedMessage first = observer.WaitFor(topic);
            Assert.AreEqual(Marker, first.Text, "what the earlier host left unfinished was published");
        }

        [TestMethod]
        public void HalfSentRawDataIsNeverPublished()
        {
            string topic = UniqueTopic("hostchange/raw");
            using Observer observer = Observer.Connect(Lab.Broker.TcpPort);
            observer.Subscribe(topic, 1);
            using Module module = ConnectedModule("halfraw");
            module.At.Command(PubRaw(topic, 100, 1, 0), AtHost.Prompt);
            module.At.Send(new byte[50]);
            module.At.Dispose();

            // Enough lines to make up the 50 bytes still owed: taken as raw data, they would publish.
            const int lines = 13;
            using AtHost next = TcpHost.Attach(module.Twin, () => module.Twin.Stderr);
            next.Send(string.Concat(Enumerable.Repeat("AT\r\n", lines)));
            next.Expect(string.Concat(Enumerable.Repeat(OK, lines)));

            ExpectOnlyTheMarkerPublished(next, observer, topic);
        }

        [TestMethod]
        public void APartialLineIsNotMergedIntoTheNextHostsFirstLine()
        {
            string topic = UniqueTopic("hostchange/line");
            using Observer observer = Observer.Connect(Lab.Broker.TcpPort);
            observer.Subscribe(topic, 1);
            using Module module = ConnectedModule("partial");
            module.At.Send("AT+MQTTPUB=0,\"" + topic + "\",\"old-host-data");
            module.At.Dispose();

            // The next host's first line does not start with AT (docs/framing.md).
            using AtHost next = TcpHost.Attach(module.Twin, () => module.Twin.Stderr);
            next.Command("\",0,0", "ERR CODE:0x01030000\r\n" + AtHost.Error);

            ExpectOnlyTheMarkerPublished(next, observer, topic);
        }
    }
}
