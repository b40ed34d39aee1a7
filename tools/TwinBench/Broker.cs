using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EspAtNano.TwinBench;

/// <summary>mosquitto from PATH on a free loopback port, with a config in its own temp directory.</summary>
public sealed class Broker : IDisposable
{
    // Where Debian puts mosquitto, which a non-root PATH often lacks.
    private static readonly string[] SystemDirectories = { "/usr/sbin", "/usr/local/sbin" };

    private readonly Process _process;
    private readonly string _directory;

    private Broker(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public static Broker Start()
    {
        string exe = FindOnPath("mosquitto") ?? throw new InvalidOperationException(
            "mosquitto is not on PATH (or in /usr/sbin); install it: bash tools/setup.sh");
        string directory = Directory.CreateTempSubdirectory("twinbench-mosquitto-").FullName;
        int port = FreePort();
        string config = Path.Combine(directory, "mosquitto.conf");
        File.WriteAllText(config,
            "persistence false\n"
            + "log_dest none\n"
            + (Environment.UserName == "root" ? "user root\n" : "")
            // Unlimited queues: a burst must be slowed down by acknowledgements, never dropped by the broker.
            + "max_queued_messages 0\n"
            + "listener " + port + " 127.0.0.1\nallow_anonymous true\n");
        ProcessStartInfo info = new ProcessStartInfo(exe) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(config);
        Process process = Process.Start(info) ?? throw new InvalidOperationException("mosquitto did not start");
        Stopwatch watch = Stopwatch.StartNew();
        while (!Accepts(port))
        {
            if (process.HasExited || watch.Elapsed > TimeSpan.FromSeconds(20))
            {
                throw new InvalidOperationException("mosquitto did not listen on " + port + ": " + process.StandardError.ReadToEnd());
            }
            Thread.Sleep(50);
        }
        return new Broker(process, directory, port);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }
        Directory.Delete(_directory, true);
    }

    internal static string? FindOnPath(string name)
    {
        IEnumerable<string> dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Concat(SystemDirectories);
        return dirs.Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
    }

    private static int FreePort()
    {
        using Socket s = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        s.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)s.LocalEndPoint!).Port;
    }

    private static bool Accepts(int port)
    {
        try
        {
            using TcpClient c = new TcpClient();
            c.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
