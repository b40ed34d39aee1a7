using System.Text;

namespace EspAtNano.Desktop.Tests
{
    /// <summary>The UART as a serial device: the twin on a pseudo-terminal, the host on its slave side.</summary>
    [TestClass]
    public sealed class PseudoTerminalTests
    {
        [TestMethod]
        public void TheSameSessionWorksOverAPseudoTerminal()
        {
            if (OperatingSystem.IsWindows())
            {
                Assert.Inconclusive("pseudo-terminals are a Unix feature");
            }
            string link = Path.Combine(Path.GetTempPath(), "espatnano-tty-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            int port = Lab.Broker.TcpPort;
            string down = UniqueTopic("pty/down");
            string up = UniqueTopic("pty/up");
            using Observer observer = Observer.Connect(port);
            observer.Subscribe(up, 1);
            try
            {
                using Module module = Module.OverPty(Lab.Broker, Lab.Pki, link);
                StringAssert.StartsWith(module.Twin.PtyPath, "/dev/pts/");
                Assert.AreEqual(module.Twin.PtyPath, new FileInfo(link).ResolveLinkTarget(true)?.FullName, "--link points at the pseudo-terminal");
                AtHost at = module.At;

                at.CommandOk(UserCfg(1, UniqueClientId("pty")));
                at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(1, "127.0.0.1", port, 0));
                at.CommandOk(Sub(down, 1));

                // Bytes a cooked terminal would mangle: CR, LF, NUL, ^C, ^D, ^S, DEL, 8-bit.
                byte[] tricky = { (byte)'a', (byte)'\r', (byte)'\n', 0, 3, 4, 0x13, 0x11, 0x7f, 0xff, 0x80, (byte)'\n', (byte)'z' };
                observer.Publish(down, tricky, 1);
                at.Expect(SubRecv(down, tricky));

                at.CommandOk(Pub(up, "over the tty", 1, 0));
                Assert.AreEqual("over the tty", observer.WaitFor(up).Text);

                at.Command(PubRaw(up, tricky.Length, 1, 0), "\r\nOK\r\n\r\n>");
                at.Send(tricky);
                at.Expect(PubOk);
                CollectionAssert.AreEqual(tricky, observer.WaitFor(up).Payload);

                at.Command("AT+MQTTCONN?", ConnQueryAnswer(6, 1, "127.0.0.1", port, 0));
                at.CommandOk("AT+MQTTCLEAN=0");
            }
            finally
            {
                File.Delete(link);
            }
        }
    }
}
