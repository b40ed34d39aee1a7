using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace EspAtNano.TwinBench;

/// <summary>
/// The least any AT hop can cost on this machine, as a reference beside the twin: a process of
/// its own (the bench run with --at-hop-floor BROKERPORT) that answers each AT+MQTTPUB line with
/// one receive of the line, one send of a PUBLISH encoded in advance (for QoS 1 then a blocking
/// read of its PUBACK on the same thread) and one send of OK. It parses nothing but the QoS digit,
/// allocates nothing per line, and never changes threads: what it costs is the kernel's share of
/// one UART exchange and one broker write, which the twin cannot go below either.
/// </summary>
public sealed class AtHopFloor : AtModuleProcess
{
    public const string Mode = "--at-hop-floor";
    private const string Topic = "bench/out/floor";
    private const string PortLine = "floor uart port ";

    // The floor ends by itself when its host leaves.
    private AtHopFloor(Process process, Socket uart) : base(process, uart, 5000)
    {
    }

    public static AtHopFloor Start(int brokerPort)
    {
        Process process = BenchProcess.Start(Mode, brokerPort, false);
        string? line = process.StandardOutput.ReadLine();
        if (line == null || !line.StartsWith(PortLine, StringComparison.Ordinal))
        {
            process.Kill();
            throw new InvalidOperationException("the AT hop floor ended before it listened");
        }
        Socket uart = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        uart.Connect(IPAddress.Loopback, int.Parse(line.AsSpan(PortLine.Length), CultureInfo.InvariantCulture));
        return new AtHopFloor(process, uart);
    }

    /// <summary>The floor process's main: connect to the broker, then answer one host until it leaves.</summary>
    public static int Run(int brokerPort)
    {
        using Socket broker = Connected(new IPEndPoint(IPAddress.Loopback, brokerPort));
        // CONNECT, MQTT 3.1.1, clean session, keep-alive off (the run is short and the floor never pings).
        broker.Send(Packet(0x10, new byte[] { 0, 4, (byte)'M', (byte)'Q', (byte)'T', (byte)'T', 4, 0x02, 0, 0 }, Utf8String("twinbench-floor")));
        byte[] connAck = new byte[4];
        ReadExactly(broker, connAck);
        if (connAck[0] != 0x20 || connAck[3] != 0)
        {
            throw new InvalidOperationException("the broker refused the AT hop floor's CONNECT");
        }
        byte[] payload = Workloads.Payload64;
        byte[][] publish =
        {
            Packet(0x30, Utf8String(Topic), payload),
            // The packet identifier's two bytes follow the topic; they are set per publish.
            Packet(0x32, Utf8String(Topic), new byte[2], payload),
        };
        int identifierAt = publish[1].Length - payload.Length - 2;

        using Socket listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        Console.WriteLine(PortLine + ((IPEndPoint)listener.LocalEndPoint!).Port.ToString(CultureInfo.InvariantCulture));
        using Socket host = listener.Accept();
        host.NoDelay = true;
        byte[] line = new byte[4096];
        byte[] pubAck = new byte[4];
        byte[] ok = "OK\r\n"u8.ToArray();
        ushort identifier = 0;
        int count;
        // The host sends one line and waits for its OK, so each receive holds exactly one line,
        // ending ",<qos>,<retain>\r\n".
        while ((count = host.Receive(line)) > 0)
        {
            int qos = count >= 5 ? line[count - 5] - '0' : -1;
            if (qos != 0 && qos != 1)
            {
                throw new InvalidOperationException("the AT hop floor takes one AT+MQTTPUB line with QoS 0 or 1 per receive");
            }
            if (qos == 1)
            {
                identifier = (ushort)(identifier == ushort.MaxValue ? 1 : identifier + 1);
                publish[1][identifierAt] = (byte)(identifier >> 8);
                publish[1][identifierAt + 1] = (byte)identifier;
            }
            broker.Send(publish[qos]);
            if (qos == 1)
            {
                ReadExactly(broker, pubAck);
            }
            host.Send(ok);
        }
        return 0;
    }

    private static Socket Connected(IPEndPoint endPoint)
    {
        Socket s = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        s.Connect(endPoint);
        return s;
    }

    private static void ReadExactly(Socket socket, byte[] buffer)
    {
        for (int read = 0, n; read < buffer.Length; read += n)
        {
            if ((n = socket.Receive(buffer, read, buffer.Length - read, SocketFlags.None)) == 0)
            {
                throw new InvalidOperationException("the broker closed the AT hop floor's link");
            }
        }
    }

    private static byte[] Utf8String(string text)
    {
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return new byte[] { (byte)(bytes.Length >> 8), (byte)bytes.Length }.Concat(bytes).ToArray();
    }

    /// <summary>A packet: its first byte, the remaining length (variable-length integer), the parts.</summary>
    private static byte[] Packet(byte first, params byte[][] parts)
    {
        List<byte> packet = new List<byte> { first };
        int length = parts.Sum(p => p.Length);
        do
        {
            byte digit = (byte)(length % 128);
            length /= 128;
            packet.Add(length > 0 ? (byte)(digit | 0x80) : digit);
        }
        while (length > 0);
        foreach (byte[] part in parts)
        {
            packet.AddRange(part);
        }
        return packet.ToArray();
    }
}
