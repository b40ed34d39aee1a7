using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace EspAtNano.TwinBench;

/// <summary>
/// The twin as its own process (`dotnet espatnano-twin.dll --tcp 127.0.0.1:0 --baud 0`), pacing
/// off, with the bench as its host: echo off, MQTT connected to the bench's broker.
/// </summary>
public sealed class TwinModule : AtModuleProcess
{
    private static readonly Regex UartLine = new Regex(@"^espatnano-twin: uart tcp 127\.0\.0\.1:(?<port>\d+)");

    // The twin keeps listening for the next host: it is killed at once.
    private TwinModule(Process process, Socket uart) : base(process, uart, 0)
    {
    }

    public static TwinModule Start(int brokerPort)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "espatnano-twin.dll");
        ProcessStartInfo info = new ProcessStartInfo(Broker.FindOnPath("dotnet") ?? "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (string a in new[] { dll, "--tcp", "127.0.0.1:0", "--baud", "0", "--no-broker" })
        {
            info.ArgumentList.Add(a);
        }
        Process process = Process.Start(info) ?? throw new InvalidOperationException("the twin did not start");
        int port = 0;
        string? line;
        while (port == 0 && (line = process.StandardError.ReadLine()) != null)
        {
            Match m = UartLine.Match(line);
            port = m.Success ? int.Parse(m.Groups["port"].Value, CultureInfo.InvariantCulture) : 0;
        }
        if (port == 0)
        {
            process.Kill();
            throw new InvalidOperationException("the twin ended before it listened");
        }
        // Its log (stderr) must keep draining, or a full pipe would stall the twin.
        Task.Run(() => process.StandardError.ReadToEnd());
        Socket uart = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        TwinModule twin = new TwinModule(process, uart);
        try
        {
            uart.Connect(IPAddress.Loopback, port);
            twin.Reader.WaitFor("ready\r\n");
            // The module joins its saved AP after ready, as after power-up; MQTT needs that.
            twin.Reader.WaitFor("WIFI GOT IP\r\n");
            twin.Command("ATE0", "OK\r\n");
            twin.Command("AT+MQTTUSERCFG=0,1,\"twinbench\",\"\",\"\",0,0,\"\"", "OK\r\n");
            twin.Command("AT+MQTTCONN=0,\"127.0.0.1\"," + brokerPort + ",1", "OK\r\n");
            return twin;
        }
        catch
        {
            // No twin left running behind a bench that failed.
            twin.Dispose();
            throw;
        }
    }

    public void Command(string line, string answer)
    {
        Send(Encoding.ASCII.GetBytes(line + "\r\n"));
        Reader.WaitFor(answer);
    }
}
