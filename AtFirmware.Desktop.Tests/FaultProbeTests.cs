using System.Net;
using System.Net.Sockets;

namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// What a hostile or clumsy host does to the twin process, and the answer docs/framing.md
    /// specifies for it: garbage and huge lines on the UART, a second host while one is connected,
    /// a host that leaves in the middle of a command or only stops sending, a broker that never
    /// answers the TCP connect.
    /// </summary>
    [TestClass]
    public sealed class FaultProbeTests
    {
        private const string LineTooLong = "ERR CODE:0x01030000\r\n\r\nERROR\r\n";
        private const string Busy = "\r\nbusy p...\r\n";

        [TestMethod]
        public void TenMegabytesWithoutALineEndAreOneTooLongLine()
        {
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki, "--no-saved-ap");
            byte[] flood = new byte[10 * 1024 * 1024];
            Array.Fill(flood, (byte)'A');
            module.At.Send(flood);
            module.At.Command("", LineTooLong);
            module.At.CommandOk("AT");
        }

        [TestMethod]
        public void RandomBytesNeverStopTheModuleAndANulResynchronises()
        {
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki, "--no-saved-ap");
            Random random = new Random(20261130);
            for (int i = 0; i < 200; i++)
            {
                byte[] garbage = new byte[random.Next(1, 600)];
                random.NextBytes(garbage);
                module.At.Send(garbage);
            }
            // Whatever the garbage left (a partial line, an AT+MQTTLONG… prompt's raw block), the
            // host gets back in step: a NUL drops a partial line, and the answers are read up to
            // the last command's own.
            module.At.Send("\r\n\0AT+SYSLOG=1\r\n\0ATE0\r\n\0AT+GMR\r\n");
            module.At.ReadUntil("Bin version:", TimeSpan.FromSeconds(60));
            module.At.ReadUntil(OK);
            module.At.CommandOk("AT");
        }

        [TestMethod]
        public void ASecondHostWaitsUnansweredUntilTheFirstLeaves()
        {
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki, "--no-saved-ap");
            using AtHost second = TcpHost.Attach(module.Twin, () => module.Twin.Stderr);
            second.SendLine("AT+SYSLOG?");

            // The first host is still the module's host: its answers carry nothing for the second.
            module.At.Command("AT+CWMODE?", "+CWMODE:1\r\n" + OK);
            module.At.Dispose();

            // No ready for it (the module did not restart), and the settings stay: echo is off.
            second.Expect("+SYSLOG:1\r\n" + OK);
            second.CommandOk("AT");
        }

        [TestMethod]
        public void TheNextHostGetsBusyAndTheResultOfTheCommandItsPredecessorLeftRunning()
        {
            // A server that accepts and never sends CONNACK keeps MQTTCONN waiting for its timeout.
            TcpListener silent = new TcpListener(IPAddress.Loopback, 0);
            silent.Start();
            try
            {
                int port = ((IPEndPoint)silent.LocalEndpoint).Port;
                using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
                module.At.CommandOk(UserCfg(1, UniqueClientId("leaver")));
                // Long enough for the next host to attach while the command still runs.
                module.At.SendLine(Conn("127.0.0.1", port, 0, 10000));
                Task<Socket> accepted = silent.AcceptSocketAsync();
                Assert.IsTrue(accepted.Wait(TimeSpan.FromSeconds(20)), "the module opened no TCP connection to the server\n" + module.Twin.Stderr);
                using (accepted.Result)
                {
                    module.At.Dispose();
                    using AtHost next = TcpHost.Attach(module.Twin, () => module.Twin.Stderr);
                    next.SendLine("AT");
                    next.Expect(Busy);
                    next.Expect(ConnFailedAnswer(0x6057), TimeSpan.FromSeconds(40));
                    next.CommandOk("AT");
                    next.Command("AT+MQTTCONN?", "+MQTTCONN:0,2,1,\"\",\"\",\"\",0\r\n" + OK);
                }
            }
            finally
            {
                silent.Stop();
            }
        }

        [TestMethod]
        public void AHostThatStopsSendingStillGetsTheAnswerOfTheCommandItLeftRunning()
        {
            int port = Lab.Broker.TcpPort;
            using TwinProcess twin = TwinProcess.StartTcp(Lab.Pki.ModuleDirectory);
            TcpClient client = new TcpClient(AddressFamily.InterNetwork) { NoDelay = true };
            client.Connect(new IPEndPoint(IPAddress.Parse(twin.UartHost), twin.UartPort));
            using AtHost at = new AtHost(client.GetStream(), () => twin.Stderr);
            at.Boot();
            at.CommandOk(UserCfg(1, UniqueClientId("halfclose")));

            // As printf … | nc -N does: the last command, then the sending side shut down.
            at.SendLine(Conn("127.0.0.1", port, 0));
            client.Client.Shutdown(SocketShutdown.Send);

            at.Expect(ConnectedAnswer(1, "127.0.0.1", port, 0));
        }

        [TestMethod]
        public void AConnectToABlackholedPortTimesOutAndCleanIsBusyUntilThen()
        {
            // A listen queue that is full: the kernel drops further SYNs, so the connect hangs as
            // towards a host that swallows packets.
            Socket blackhole = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            List<Socket> queued = new List<Socket>();
            try
            {
                blackhole.Bind(new IPEndPoint(IPAddress.Loopback, 0));
                blackhole.Listen(0);
                int port = ((IPEndPoint)blackhole.LocalEndPoint!).Port;
                for (int i = 0; i < 3; i++)
                {
                    Socket filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { Blocking = false };
                    queued.Add(filler);
                    try
                    {
                        filler.Connect(new IPEndPoint(IPAddress.Loopback, port));
                    }
                    catch (SocketException e) when (e.SocketErrorCode == SocketError.WouldBlock || e.SocketErrorCode == SocketError.InProgress)
                    {
                    }
                }

                using Module module = Module.OverTcp(Lab.Broker, Lab.Pki);
                module.At.CommandOk(UserCfg(1, UniqueClientId("blackhole")));
                module.At.SendLine(Conn("127.0.0.1", port, 0, 3000));
                module.At.SendLine("AT+MQTTCLEAN=0");
                module.At.Expect(Busy);
                module.At.Expect(ConnFailedAnswer(0x6057), TimeSpan.FromSeconds(30));
                module.At.Command("AT+MQTTCONN?", "+MQTTCONN:0,2,1,\"\",\"\",\"\",0\r\n" + OK);
                module.At.CommandOk("AT+MQTTCLEAN=0");
                module.At.Command("AT+MQTTCONN?", "+MQTTCONN:0,0,0,\"\",\"\",\"\",0\r\n" + OK);
            }
            finally
            {
                queued.ForEach(s => s.Dispose());
                blackhole.Dispose();
            }
        }
    }
}
