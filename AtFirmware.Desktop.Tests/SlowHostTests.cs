using System.Net;
using System.Net.Sockets;

namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// A TCP host that stops reading its UART while the broker floods it (docs/framing.md, a host
    /// that does not read): the module keeps the connection, drops what the full line cannot take,
    /// as a UART without flow control loses bytes, and answers again as soon as the host reads.
    /// </summary>
    [TestClass]
    public sealed class SlowHostTests
    {
        /// <summary>32 MiB: far more than the kernel's socket buffers between module and host hold.</summary>
        private const int FloodMessages = 512;
        private const int FloodMessageBytes = 64 * 1024;

        [TestMethod]
        public void AHostThatStopsReadingKeepsItsLinkAndIsAnsweredWhenItReadsAgain()
        {
            int port = Lab.Broker.TcpPort;
            string down = UniqueTopic("slowhost");
            string log = Path.Combine(Path.GetTempPath(), "espatnano-slowhost-" + Guid.NewGuid().ToString("N") + ".log");
            try
            {
                using TwinProcess twin = TwinProcess.StartTcp(Lab.Pki.ModuleDirectory, "--log", log);
                // A small receive buffer: the line is full after a few megabytes instead of many.
                TcpClient client = new TcpClient(AddressFamily.InterNetwork) { NoDelay = true, ReceiveBufferSize = 16 * 1024 };
                client.Connect(new IPEndPoint(IPAddress.Parse(twin.UartHost), twin.UartPort));
                PausableStream line = new PausableStream(client.GetStream());
                using AtHost at = new AtHost(line, () => twin.Stderr);
                at.Boot();
                at.CommandOk(UserCfg(1, UniqueClientId("slowhost")));
                at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(1, "127.0.0.1", port, 0));
                at.CommandOk(Sub(down, 0));
                using Observer observer = Observer.Connect(port);

                line.Pause();
                byte[] payload = new byte[FloodMessageBytes];
                Array.Fill(payload, (byte)'x');
                for (int i = 0; i < FloodMessages; i++)
                {
                    observer.Publish(down, payload, 0);
                }
                TwinLogFile.WaitFor(log, "uart: host not reading");

                line.Resume();
                // What the full line could hold arrives now, cut where the module had to drop; then the
                // line is in step again: the marker's URC comes after every message of the flood.
                at.Drain(TimeSpan.FromSeconds(1));
                observer.Publish(down, "marker", 0);
                at.ReadUntil(SubRecv(down, "marker"));
                at.CommandOk("AT");
                at.Command("AT+MQTTCONN?", ConnQueryAnswer(6, 1, "127.0.0.1", port, 0));
            }
            finally
            {
                // The log of a 32 MiB flood is not worth keeping; the twin may still hold it open.
                File.Delete(log);
            }
        }
    }
}
