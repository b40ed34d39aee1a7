using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>
    /// The built espatnano-twin as its own process (`dotnet espatnano-twin.dll …`): started with
    /// a UART on TCP or on a pseudo-terminal, the listener lines it prints on stderr parsed, its
    /// stderr kept for failure messages, and killed at the end (or mid-test, as a power cut).
    /// </summary>
    public sealed class TwinProcess : IDisposable
    {
        private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(45);
        private static readonly Regex TcpLine = new Regex(@"^espatnano-twin: uart tcp (?<host>[^\s:]+):(?<port>\d+)\s*$");
        private static readonly Regex PtyLine = new Regex(@"^espatnano-twin: uart pty (?<path>\S+)\s*$");

        private readonly Process _process;
        private readonly StringBuilder _stderr = new StringBuilder();
        private readonly ManualResetEventSlim _listening = new ManualResetEventSlim(false);
        private readonly string _commandLine;
        private string? _uartHost;
        private string? _ptyPath;

        private TwinProcess(IEnumerable<string> arguments)
        {
            string dll = Installation.TwinAssembly();
            ProcessStartInfo info = new ProcessStartInfo(Installation.DotnetHost())
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            info.ArgumentList.Add(dll);
            foreach (string a in arguments)
            {
                info.ArgumentList.Add(a);
            }
            // Keep the twin's start quick and quiet on a loaded machine.
            info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            info.Environment["DOTNET_NOLOGO"] = "1";
            _commandLine = info.FileName + " " + string.Join(" ", info.ArgumentList);
            _process = new Process { StartInfo = info };
            _process.ErrorDataReceived += (_, e) => OnStderr(e.Data);
            _process.OutputDataReceived += (_, e) =>
            {
                if (e.Data != null)
                {
                    Append("[stdout] " + e.Data);
                }
            };
        }

        /// <summary>The UART's TCP endpoint, when started with --tcp.</summary>
        public int UartPort { get; private set; }
        public string UartHost => _uartHost ?? throw new InvalidOperationException("the twin has no TCP UART");

        /// <summary>The pseudo-terminal's slave device, when started with --pty.</summary>
        public string PtyPath => _ptyPath ?? throw new InvalidOperationException("the twin has no pty UART");

        public int ProcessId => _process.Id;

        public bool HasExited => _process.HasExited;

        /// <summary>The command line and everything the twin wrote to stderr so far.</summary>
        public string Stderr
        {
            get
            {
                lock (_stderr)
                {
                    return "$ " + _commandLine + "\n" + _stderr.ToString();
                }
            }
        }

        /// <summary>A twin with its UART on 127.0.0.1:&lt;free port&gt;, using the given broker-side options.</summary>
        public static TwinProcess StartTcp(string certsDirectory, params string[] extra)
        {
            return StartTcp(CommonArguments(certsDirectory, extra).Concat(extra));
        }

        /// <summary>Like <see cref="StartTcp(string, string[])"/>, but with no --baud at all: the line timing a user gets.</summary>
        public static TwinProcess StartTcpAtDefaultBaud(string certsDirectory)
        {
            return StartTcp(CommonArguments(certsDirectory, new[] { "--baud" }));
        }

        private static TwinProcess StartTcp(IEnumerable<string> options)
        {
            List<string> args = new List<string> { "--tcp", "127.0.0.1:0" };
            args.AddRange(options);
            TwinProcess twin = new TwinProcess(args);
            twin.Launch(() => twin.UartPort != 0);
            return twin;
        }

        /// <summary>A twin with its UART on a pseudo-terminal (and a symlink to it when <paramref name="link"/> is set).</summary>
        public static TwinProcess StartPty(string certsDirectory, string? link, params string[] extra)
        {
            List<string> args = new List<string> { "--pty" };
            if (link != null)
            {
                args.Add("--link");
                args.Add(link);
            }
            args.AddRange(CommonArguments(certsDirectory, extra));
            args.AddRange(extra);
            TwinProcess twin = new TwinProcess(args);
            twin.Launch(() => twin._ptyPath != null);
            return twin;
        }

        /// <summary>Unpaced unless the test chooses a rate: only the pacing tests are about the line's timing.</summary>
        private static IEnumerable<string> CommonArguments(string certsDirectory, string[] extra)
        {
            if (!extra.Contains("--baud"))
            {
                yield return "--baud";
                yield return "0";
            }
            yield return "--no-broker";
            yield return "--reconnect-interval";
            yield return "500";
            yield return "--verbose";
            if (certsDirectory != null)
            {
                yield return "--certs";
                yield return certsDirectory;
            }
        }

        private void Launch(Func<bool> ready)
        {
            _process.Start();
            _process.BeginErrorReadLine();
            _process.BeginOutputReadLine();
            Stopwatch watch = Stopwatch.StartNew();
            while (!ready())
            {
                if (_process.HasExited)
                {
                    _process.WaitForExit();
                    throw new AssertFailedException("the twin exited (" + _process.ExitCode + ") before it listened:\n" + Stderr);
                }
                if (watch.Elapsed > StartTimeout)
                {
                    Kill();
                    throw new AssertFailedException("the twin printed no listener line within " + StartTimeout + ":\n" + Stderr);
                }
                _listening.Wait(100);
                _listening.Reset();
            }
        }

        private void OnStderr(string? line)
        {
            if (line == null)
            {
                return;
            }
            Append(line);
            Match m = TcpLine.Match(line);
            if (m.Success)
            {
                _uartHost = m.Groups["host"].Value;
                UartPort = int.Parse(m.Groups["port"].Value, CultureInfo.InvariantCulture);
                _listening.Set();
                return;
            }
            m = PtyLine.Match(line);
            if (m.Success)
            {
                _ptyPath = m.Groups["path"].Value;
                _listening.Set();
            }
        }

        private void Append(string line)
        {
            lock (_stderr)
            {
                if (_stderr.Length > 400_000)
                {
                    _stderr.Remove(0, 200_000);
                }
                _stderr.Append(line).Append('\n');
            }
        }

        /// <summary>SIGKILL: the process dies at once and the kernel closes its sockets (no MQTT DISCONNECT).</summary>
        public void Kill()
        {
            try
            {
                if (!_process.HasExited)
                {
                    _process.Kill(true);
                }
                _process.WaitForExit(10000);
            }
            catch (InvalidOperationException)
            {
            }
        }

        public void Dispose()
        {
            Kill();
            _process.Dispose();
            _listening.Dispose();
        }
    }
}
