using System.Net;
using System.Net.Sockets;

namespace EspAtNano.Desktop.Tests
{
    /// <summary>docs/framing.md busy, docs/urcs.md URC placement and docs/commands/basic.md restart, where they depend on real network timing.</summary>
    [TestClass]
    public sealed class UartBehaviourTests
    {
        [TestMethod]
        public void CommandsSentWhileMqttConnWaitsAreAnsweredBusy()
        {
            // A server that accepts and never sends CONNACK keeps MQTTCONN waiting for its timeout.
            TcpListener silent = new TcpListener(IPAddress.Loopback, 0);
            silent.Start();
            try
            {
                int port = ((IPEndPoint)silent.LocalEndpoint).Port;
                using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
                AtHost at = module.At;
                at.CommandOk(UserCfg(1, UniqueClientId("busy")));
                at.SendLine(Conn("127.0.0.1", port, 0, 5000));
                Task<Socket> accepted = silent.AcceptSocketAsync();
                Assert.IsTrue(accepted.Wait(TimeSpan.FromSeconds(20)), "the module opened no TCP connection to the server\n" + module.Twin.Stderr);
                using (accepted.Result)
                {
                    // The module has opened the TCP link, so MQTTCONN is running now.
                    at.SendLine("AT");
                    at.Expect("\r\nbusy p...\r\n");
                    at.SendLine("AT+MQTTCONN?");
                    at.Expect("\r\nbusy p...\r\n");
                    at.Expect(ConnFailedAnswer(0x6057), TimeSpan.FromSeconds(30));
                }
                at.CommandOk("AT");
            }
            finally
            {
                silent.Stop();
            }
        }

        [TestMethod]
        public void NoUrcBetweenThePromptAndTheEndOfItsRawData()
        {
            int port = Lab.Broker.TcpPort;
            string down = UniqueTopic("window/down");
            string up = UniqueTopic("window/up");
            using Observer observer = Observer.Connect(port);
            observer.Subscribe(up, 1);
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
            AtHost at = module.At;
            at.CommandOk(UserCfg(1, UniqueClientId("window")));
            at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(1, "127.0.0.1", port, 0));
            at.CommandOk(Sub(down, 1));

            byte[] data = System.Text.Encoding.ASCII.GetBytes("0123456789");
            at.Command(PubRaw(up, data.Length, 1, 0), "\r\nOK\r\n\r\n>");
            // A message arrives while the host is still sending its raw data.
            observer.Publish(down, "held back", 1);
            at.Send(data.AsSpan(0, 4).ToArray());
            at.ExpectSilence(TimeSpan.FromSeconds(2));
            at.Send(data.AsSpan(4).ToArray());

            string rest = at.ReadUntilAll(null, PubOk, SubRecv(down, "held back"));
            Assert.AreEqual(PubOk.Length + SubRecv(down, "held back").Length, rest.Length, "only those two lines: " + rest);
            CollectionAssert.AreEqual(data, observer.WaitFor(up).Payload);
        }

        [TestMethod]
        public void RstAnswersOkThenBootsWithReadyAndForgetsTheLink()
        {
            int port = Lab.Broker.TcpPort;
            string clientId = UniqueClientId("rst");
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
            AtHost at = module.At;
            at.CommandOk(UserCfg(1, clientId));
            at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(1, "127.0.0.1", port, 0));

            at.Command("AT+RST", OK);
            at.ReadUntil("\r\nready\r\n");
            at.Expect("WIFI CONNECTED\r\nWIFI GOT IP\r\n");
            Lab.Broker.WaitForLog("Client " + clientId + " disconnected", TimeSpan.FromSeconds(20));
            // Echo is on again after the restart.
            at.Command("AT", "AT\r\n" + OK);
            at.Command("ATE0", "ATE0\r\n" + OK);
            at.Command("AT+MQTTCONN?", "+MQTTCONN:0,0,0,\"\",\"\",\"\",0\r\n" + OK);
        }
    }
}
