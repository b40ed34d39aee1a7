using System.Net;
using System.Net.Sockets;
using EspAtNano.Engine.Ports;
using MQTTnet.Server;

namespace EspAtNano.Desktop.Mqtt;

/// <summary>
/// MQTTnet's broker on 127.0.0.1, plain TCP, anyone may connect: a module with a broker to talk
/// to out of the box, for trying the AT commands without installing one.
/// </summary>
public sealed class EmbeddedBroker : IDisposable
{
    private readonly MqttServer _server;
    private readonly int _port;

    private EmbeddedBroker(MqttServer server, int port)
    {
        _server = server;
        _port = port;
    }

    /// <param name="port">0 picks a free port; Description tells which.</param>
    public static EmbeddedBroker Start(int port, ILog log)
    {
        if (port == 0)
        {
            port = FreeLoopbackPort();
        }
        MqttServerFactory factory = new MqttServerFactory();
        MqttServerOptions options = factory.CreateServerOptionsBuilder()
            .WithDefaultEndpoint()
            .WithDefaultEndpointBoundIPAddress(IPAddress.Loopback)
            .WithDefaultEndpointBoundIPV6Address(IPAddress.None)
            .WithDefaultEndpointPort(port)
            .Build();
        MqttServer server = factory.CreateMqttServer(options);
        server.ClientConnectedAsync += e =>
        {
            log.Write("broker: client \"" + e.ClientId + "\" connected from " + e.RemoteEndPoint);
            return Task.CompletedTask;
        };
        server.ClientDisconnectedAsync += e =>
        {
            log.Write("broker: client \"" + e.ClientId + "\" disconnected (" + e.DisconnectType + ")");
            return Task.CompletedTask;
        };
        try
        {
            server.StartAsync().GetAwaiter().GetResult();
        }
        catch
        {
            server.Dispose();
            throw;
        }
        return new EmbeddedBroker(server, port);
    }

    /// <summary>What the startup line names after "broker ".</summary>
    public string Description { get { return "mqtt 127.0.0.1:" + _port; } }

    public void Dispose()
    {
        try
        {
            _server.StopAsync(new MqttServerStopOptions()).GetAwaiter().GetResult();
        }
        finally
        {
            _server.Dispose();
        }
    }

    /// <summary>
    /// MQTTnet does not report the port it bound, so a free one is asked of the OS first. Another
    /// process could take it in between; for a test broker on loopback that risk is accepted.
    /// </summary>
    private static int FreeLoopbackPort()
    {
        TcpListener probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
