namespace EspAtNano.Desktop.Tests
{
    /// <summary>The twin's command line sets the engine's platform limits (docs/commands/mqtt.md topic table, PUBRAW maximum).</summary>
    [TestClass]
    public sealed class TwinOptionsTests
    {
        [TestMethod]
        public void TheTopicsOptionSizesTheTopicTable()
        {
            int port = Lab.Broker.TcpPort;
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki, "--topics", "2");
            AtHost at = module.At;
            at.CommandOk(UserCfg(1, UniqueClientId("topics")));
            at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(1, "127.0.0.1", port, 0));
            at.CommandOk(Sub(UniqueTopic("t1"), 0));
            at.CommandOk(Sub(UniqueTopic("t2"), 0));
            at.Command(Sub(UniqueTopic("t3"), 0), "ERR CODE:0x010a600d\r\n\r\nERROR\r\n");
        }

        [TestMethod]
        public void TheMaxRawOptionLimitsPubRaw()
        {
            int port = Lab.Broker.TcpPort;
            string up = UniqueTopic("maxraw");
            using Observer observer = Observer.Connect(port);
            observer.Subscribe(up, 1);
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki, "--max-raw", "100");
            AtHost at = module.At;
            at.CommandOk(UserCfg(1, UniqueClientId("maxraw")));
            at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(1, "127.0.0.1", port, 0));

            at.Command(PubRaw(up, 101, 1, 0), "ERR CODE:0x010a6005\r\n\r\nERROR\r\n");
            at.Command(PubRaw(up, 100, 1, 0), "\r\nOK\r\n\r\n>");
            at.Send(new byte[100]);
            at.Expect(PubOk);
            Assert.AreEqual(100, observer.WaitFor(up).Payload.Length);
        }
    }
}
