using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Authentication;
using System.Text;
using EspAtNano.Engine.Ports;
using MQTTnet.Channel;

namespace EspAtNano.Desktop.Mqtt;

/// <summary>
/// Opens the byte stream under MQTT for every scheme: TCP; TLS for 2–5 and 7–10; the WebSocket
/// upgrade for 6–10. MQTTnet's own WebSocket channel hands TLS to ClientWebSocket, which takes
/// neither ALPN nor a server name other than the URI's host, so wss could not honour
/// AT+MQTTALPN or AT+MQTTSNI that way. Doing TLS here, once, for all schemes keeps TLS and wss
/// identical; MQTTnet speaks MQTT over the stream this returns, which caps what the broker may
/// send (<see cref="InboundLimitStream"/>).
/// </summary>
public sealed class BrokerConnector : IMqttClientStreamProvider
{
    private const string WebSocketSubProtocol = "mqtt";

    private readonly MqttConnectRequest _request;
    private readonly SslClientAuthenticationOptions? _tls;

    /// <param name="tls">Null for the plain schemes 1 and 6.</param>
    public BrokerConnector(MqttConnectRequest request, SslClientAuthenticationOptions? tls)
    {
        _request = request;
        _tls = tls;
    }

    public async Task<Stream> ConnectAsync(EndPoint brokerEndPoint, CancellationToken cancellationToken)
    {
        Socket socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream? stream = null;
        try
        {
            await socket.ConnectAsync(brokerEndPoint, cancellationToken).ConfigureAwait(false);
            stream = new NetworkStream(socket, true);
            if (_tls != null)
            {
                stream = await StartTls(stream, _tls, cancellationToken).ConfigureAwait(false);
            }
            if (_request.UsesWebSocket)
            {
                stream = await UpgradeToWebSocket(stream, cancellationToken).ConfigureAwait(false);
            }
            return new InboundLimitStream(stream, _request.MaxInboundMessageLength);
        }
        catch
        {
            if (stream != null)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
            socket.Dispose();
            throw;
        }
    }

    private static async Task<Stream> StartTls(Stream transport, SslClientAuthenticationOptions options, CancellationToken cancellationToken)
    {
        SslStream tls = new SslStream(transport, false);
        try
        {
            await tls.AuthenticateAsClientAsync(options, cancellationToken).ConfigureAwait(false);
            return tls;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await tls.DisposeAsync().ConfigureAwait(false);
            // A server that hangs up mid-handshake (no client certificate, wrong protocol) is a
            // TLS problem for the host as much as a rejected certificate is.
            throw new AuthenticationException("TLS handshake with " + options.TargetHost + " failed: " + e.Message, e);
        }
    }

    private async Task<Stream> UpgradeToWebSocket(Stream transport, CancellationToken cancellationToken)
    {
        ClientWebSocket webSocket = new ClientWebSocket();
        webSocket.Options.AddSubProtocol(WebSocketSubProtocol);
        // The handler only carries the upgrade request over the stream opened above: the URI says
        // ws even for wss so that it adds no TLS of its own.
        using HttpMessageInvoker invoker = new HttpMessageInvoker(new SocketsHttpHandler
        {
            ConnectCallback = (_, _) => ValueTask.FromResult(transport)
        });
        Uri uri = new Uri("ws://" + _request.Host + ":" + _request.Port + Encoding.UTF8.GetString(_request.Path));
        try
        {
            await webSocket.ConnectAsync(uri, invoker, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            webSocket.Dispose();
            throw;
        }
        return WebSocketStream.Create(webSocket, WebSocketMessageType.Binary, true);
    }
}
