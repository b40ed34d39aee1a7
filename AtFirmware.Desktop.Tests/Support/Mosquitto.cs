using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>
    /// A real mosquitto broker in its own temp directory, on free loopback ports, with one
    /// listener per kind of link the module can make: plain TCP, TLS, TLS requiring a client
    /// certificate, TLS with a certificate that names only "localhost", TCP requiring a user
    /// name and password, WebSocket, WSS, and WSS requiring a client certificate.
    /// Start, stop (the process is killed, as a crash would) and restart on the same ports.
    /// </summary>
    public sealed class Mosquitto : IDisposable
    {
        public const string User = "espuser";
        public const string Password = "s3cret-pass";

        private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

        private readonly TestCertificates _pki;
        private readonly string _directory;
        private readonly StringBuilder _log = new StringBuilder();
        private Process? _process;

        private Mosquitto(TestCertificates pki)
        {
            _pki = pki;
            _directory = Path.Combine(Path.GetTempPath(), "espatnano-mosquitto-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(_directory);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(_directory, (UnixFileMode)0x1ED);
            }
        }

        public int TcpPort { get; private set; }
        public int TlsPort { get; private set; }
        public int TlsClientCertPort { get; private set; }
        /// <summary>TLS with a server certificate for DNS localhost only: connecting as 127.0.0.1 must fail verification.</summary>
        public int TlsLocalhostOnlyPort { get; private set; }
        /// <summary>Plain TCP, anonymous refused, one user: <see cref="User"/> / <see cref="Password"/>.</summary>
        public int AuthPort { get; private set; }
        public int WsPort { get; private set; }
        public int WssPort { get; private set; }
        public int WssClientCertPort { get; private set; }

        public int[] AllPorts => new[] { TcpPort, TlsPort, TlsClientCertPort, TlsLocalhostOnlyPort, AuthPort, WsPort, WssPort, WssClientCertPort };

        /// <summary>What mosquitto printed, for failure messages.</summary>
        public string Log
        {
            get { lock (_log) { return _log.ToString(); } }
        }

        /// <summary>Waits until the broker's log has a line containing <paramref name="text"/>.</summary>
        public void WaitForLog(string text, TimeSpan timeout)
        {
            Stopwatch watch = Stopwatch.StartNew();
            while (!Log.Contains(text, StringComparison.Ordinal))
            {
                if (watch.Elapsed > timeout)
                {
                    throw new AssertFailedException("mosquitto logged no \"" + text + "\" within " + timeout + ":\n" + Log);
                }
                Thread.Sleep(50);
            }
        }

        public bool IsRunning => _process != null && !_process.HasExited;

        /// <summary>Where the broker binary is, or null when mosquitto is not installed.</summary>
        public static string? FindExecutable()
        {
            foreach (string candidate in new[] { "/usr/sbin/mosquitto", "/usr/local/sbin/mosquitto", "/usr/bin/mosquitto", "/usr/local/bin/mosquitto" })
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
            string path = Environment.GetEnvironmentVariable("PATH") ?? "";
            foreach (string dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                string candidate = Path.Combine(dir, "mosquitto");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
            return null;
        }

        /// <summary>A broker on fresh free ports, running and accepting on every listener.</summary>
        public static Mosquitto Start(TestCertificates pki)
        {
            Mosquitto broker = new Mosquitto(pki);
            Exception? last = null;
            for (int attempt = 0; attempt < 3; attempt++)
            {
                broker.ChoosePorts();
                broker.WriteConfig();
                try
                {
                    broker.Launch();
                    return broker;
                }
                catch (InvalidOperationException e)
                {
                    // A port chosen free was taken before mosquitto bound it: choose again.
                    last = e;
                    broker.Stop();
                }
            }
            broker.Dispose();
            throw new InvalidOperationException("mosquitto did not start", last);
        }

        /// <summary>Kills the broker, as a crash or power cut would; clients see their link drop.</summary>
        public void Stop()
        {
            Process? p = _process;
            _process = null;
            if (p == null)
            {
                return;
            }
            try
            {
                if (!p.HasExited)
                {
                    p.Kill(true);
                }
                p.WaitForExit(10000);
            }
            catch (InvalidOperationException)
            {
            }
            p.Dispose();
            AppendLog("---- mosquitto stopped ----");
        }

        /// <summary>Starts the stopped broker again on the same ports (no persistence: no sessions, no retained messages).</summary>
        public void Restart()
        {
            Stop();
            Exception? last = null;
            for (int attempt = 0; attempt < 5; attempt++)
            {
                try
                {
                    Launch();
                    return;
                }
                catch (InvalidOperationException e)
                {
                    last = e;
                    Stop();
                    Thread.Sleep(500);
                }
            }
            throw new InvalidOperationException("mosquitto did not restart on its ports", last);
        }

        private void ChoosePorts()
        {
            int[] p = FreePorts.Take(8);
            TcpPort = p[0];
            TlsPort = p[1];
            TlsClientCertPort = p[2];
            TlsLocalhostOnlyPort = p[3];
            AuthPort = p[4];
            WsPort = p[5];
            WssPort = p[6];
            WssClientCertPort = p[7];
        }

        private string ConfigFile => Path.Combine(_directory, "mosquitto.conf");
        private string PasswordFile => Path.Combine(_directory, "passwords");

        private void WriteConfig()
        {
            string tls = "cafile " + _pki.CaFile + "\ncertfile " + _pki.ServerCertFile + "\nkeyfile " + _pki.ServerKeyFile + "\n";
            StringBuilder c = new StringBuilder();
            c.Append("# written by the EspAtNano desktop twin tests\n");
            c.Append("per_listener_settings true\n");
            c.Append("persistence false\n");
            // stderr: unbuffered, so WaitForLog sees each line as it is written (stdout to a pipe is block-buffered).
            c.Append("log_dest stderr\n");
            c.Append("log_type all\n");
            c.Append("log_timestamp true\n");
            c.Append("connection_messages true\n");
            if (IsRoot())
            {
                // Stay root rather than switch to the 'mosquitto' user (the files are readable either way).
                c.Append("user root\n");
            }
            c.Append("\nlistener ").Append(TcpPort).Append(" 127.0.0.1\nallow_anonymous true\n");
            c.Append("\nlistener ").Append(TlsPort).Append(" 127.0.0.1\nallow_anonymous true\n").Append(tls);
            c.Append("\nlistener ").Append(TlsClientCertPort).Append(" 127.0.0.1\nallow_anonymous true\n").Append(tls)
                .Append("require_certificate true\n");
            c.Append("\nlistener ").Append(TlsLocalhostOnlyPort).Append(" 127.0.0.1\nallow_anonymous true\n")
                .Append("cafile ").Append(_pki.CaFile).Append('\n')
                .Append("certfile ").Append(_pki.LocalhostOnlyCertFile).Append('\n')
                .Append("keyfile ").Append(_pki.LocalhostOnlyKeyFile).Append('\n');
            c.Append("\nlistener ").Append(AuthPort).Append(" 127.0.0.1\nallow_anonymous false\npassword_file ").Append(PasswordFile).Append('\n');
            // WebSocket listeners: mosquitto 2.0 binds them to the given address only with socket_domain ipv4.
            c.Append("\nlistener ").Append(WsPort).Append(" 127.0.0.1\nsocket_domain ipv4\nprotocol websockets\nallow_anonymous true\n");
            c.Append("\nlistener ").Append(WssPort).Append(" 127.0.0.1\nsocket_domain ipv4\nprotocol websockets\nallow_anonymous true\n").Append(tls);
            c.Append("\nlistener ").Append(WssClientCertPort).Append(" 127.0.0.1\nsocket_domain ipv4\nprotocol websockets\nallow_anonymous true\n").Append(tls)
                .Append("require_certificate true\n");
            File.WriteAllText(ConfigFile, c.ToString());
            File.WriteAllText(PasswordFile, PasswordLine(User, Password));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(ConfigFile, (UnixFileMode)0x1A4);
                File.SetUnixFileMode(PasswordFile, (UnixFileMode)0x1A4);
            }
        }

        /// <summary>mosquitto's "$6$" password form: SHA-512 over the password then a 12-byte salt.</summary>
        private static string PasswordLine(string user, string password)
        {
            byte[] salt = RandomNumberGenerator.GetBytes(12);
            byte[] pw = Encoding.UTF8.GetBytes(password);
            byte[] input = new byte[pw.Length + salt.Length];
            pw.CopyTo(input, 0);
            salt.CopyTo(input, pw.Length);
            byte[] hash = SHA512.HashData(input);
            return user + ":$6$" + Convert.ToBase64String(salt) + "$" + Convert.ToBase64String(hash) + "\n";
        }

        private void Launch()
        {
            string exe = FindExecutable() ?? throw new InvalidOperationException(Installation.MosquittoMissing);
            ProcessStartInfo info = new ProcessStartInfo(exe)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = false,
                UseShellExecute = false,
                WorkingDirectory = _directory,
            };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(ConfigFile);
            Process p = new Process { StartInfo = info };
            p.OutputDataReceived += (_, e) => { if (e.Data != null) AppendLog(e.Data); };
            p.ErrorDataReceived += (_, e) => { if (e.Data != null) AppendLog(e.Data); };
            AppendLog("---- starting mosquitto -c " + ConfigFile + " ----");
            p.Start();
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            _process = p;

            Stopwatch watch = Stopwatch.StartNew();
            foreach (int port in AllPorts)
            {
                while (!FreePorts.Accepts(port))
                {
                    if (p.HasExited)
                    {
                        throw new InvalidOperationException("mosquitto exited (" + p.ExitCode + ") before it listened on " + port + ":\n" + Log);
                    }
                    if (watch.Elapsed > StartTimeout)
                    {
                        throw new InvalidOperationException("mosquitto did not listen on port " + port + " within " + StartTimeout + ":\n" + Log);
                    }
                    Thread.Sleep(50);
                }
            }
        }

        private void AppendLog(string line)
        {
            lock (_log)
            {
                if (_log.Length > 400_000)
                {
                    _log.Remove(0, 200_000);
                }
                _log.Append(line).Append('\n');
            }
        }

        private static bool IsRoot()
        {
            return !OperatingSystem.IsWindows() && Environment.UserName == "root";
        }

        public void Dispose()
        {
            Stop();
            try
            {
                Directory.Delete(_directory, true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
