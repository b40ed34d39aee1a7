using System.Net;
using System.Net.Sockets;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>
    /// One twin process and the host MCU wired to its UART, booted with echo off. Failure
    /// messages carry the twin's stderr and the broker's log.
    /// </summary>
    public sealed class Module : IDisposable
    {
        private readonly Func<string> _brokerLog;

        private Module(TwinProcess twin, Stream uart, Func<string> brokerLog)
        {
            Twin = twin;
            _brokerLog = brokerLog;
            At = new AtHost(uart, Diagnostics);
        }

        public TwinProcess Twin { get; }
        public AtHost At { get; }

        /// <summary>A twin with its UART on a TCP socket, its certificate store the test PKI's.</summary>
        public static Module OverTcp(Mosquitto? broker, TestCertificates pki, params string[] extra)
        {
            TwinProcess twin = TwinProcess.StartTcp(pki.ModuleDirectory, extra);
            try
            {
                TcpClient client = new TcpClient(AddressFamily.InterNetwork) { NoDelay = true };
                client.Connect(new IPEndPoint(IPAddress.Parse(twin.UartHost), twin.UartPort));
                Module module = new Module(twin, client.GetStream(), () => broker?.Log ?? "");
                module.At.Boot(JoinsAtBoot(extra));
                if (JoinsAtBoot(extra))
                {
                    // TLS schemes that verify the broker need a synchronised clock.
                    module.At.SyncClock();
                }
                return module;
            }
            catch
            {
                string stderr = twin.Stderr;
                twin.Dispose();
                if (stderr.Length > 0)
                {
                    Console.Error.WriteLine(stderr);
                }
                throw;
            }
        }

        /// <summary>A twin with its UART on a pseudo-terminal, opened through <paramref name="link"/> when given.</summary>
        public static Module OverPty(Mosquitto? broker, TestCertificates pki, string? link, params string[] extra)
        {
            TwinProcess twin = TwinProcess.StartPty(pki.ModuleDirectory, link, extra);
            try
            {
                PtyStream pty = new PtyStream(link ?? twin.PtyPath);
                Module module = new Module(twin, pty, () => broker?.Log ?? "");
                module.At.Boot(JoinsAtBoot(extra));
                if (JoinsAtBoot(extra))
                {
                    // TLS schemes that verify the broker need a synchronised clock.
                    module.At.SyncClock();
                }
                return module;
            }
            catch
            {
                string stderr = twin.Stderr;
                twin.Dispose();
                Console.Error.WriteLine(stderr);
                throw;
            }
        }

        /// <summary>Whether the twin started with these options joins its saved AP after ready.</summary>
        public static bool JoinsAtBoot(string[] extra)
        {
            return !extra.Contains("--no-saved-ap") && !extra.Contains("--no-autoconnect");
        }

        private string Diagnostics()
        {
            string log = _brokerLog();
            if (log.Length > 8000)
            {
                log = "…" + log.Substring(log.Length - 8000);
            }
            return "---- twin stderr ----\n" + Twin.Stderr + "\n---- mosquitto log (tail) ----\n" + log;
        }

        public void Dispose()
        {
            // The twin first: a pseudo-terminal's pending read ends when its master closes.
            Twin.Dispose();
            At.Dispose();
        }
    }
}
