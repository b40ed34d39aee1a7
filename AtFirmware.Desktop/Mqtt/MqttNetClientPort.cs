using System.Buffers;
using System.Text;
using EspAtNano.Desktop.Logging;
using EspAtNano.Engine;
using MQTTnet;
using MQTTnet.Protocol;

namespace EspAtNano.Desktop.Mqtt;

/// <summary>
/// The engine's MQTT client over MQTTnet. Each call waits for MQTTnet's task with a timeout, and
/// every failure becomes the engine's answer plus a log line saying why, never an exception.
/// Each connect gets a fresh client: events are passed on only while their session is the
/// current one, so nothing an earlier client does late (a disconnect event, a message) reaches
/// the engine. Unhooking the handlers alone would not do, since an event may already be running.
/// </summary>
public sealed class MqttNetClientPort : IMqttClientPort
{
    private const int DisconnectTimeoutMs = 2000;

    private readonly MqttClientFactory _factory = new MqttClientFactory();
    private readonly object _sync = new object();
    private readonly ILog _log;
    private IMqttLinkListener _listener;
    private ClientSession _current;

    public MqttNetClientPort(ILog log)
    {
        _log = log;
    }

    public void SetListener(IMqttLinkListener listener)
    {
        _listener = listener;
    }

    public ConnectOutcome Connect(MqttConnectRequest request, int timeoutMs)
    {
        Close(TakeCurrent());
        string target = "scheme " + request.Scheme + " " + request.Host + ":" + request.Port;
        MqttClientOptions options;
        try
        {
            options = ClientOptionsFactory.Create(request, timeoutMs, _log);
        }
        catch (Exception e)
        {
            _log.Write("mqtt: TLS setup for " + target + " failed: " + ExceptionText.Describe(e));
            return ConnectOutcome.TlsFailure;
        }

        ClientSession session = new ClientSession(_factory.CreateMqttClient(), OnMessage, OnDisconnected);
        lock (_sync)
        {
            _current = session;
        }
        ConnectOutcome outcome = Establish(session, options, timeoutMs, target);
        if (outcome == ConnectOutcome.Connected && IsCurrent(session))
        {
            _log.Write("mqtt: connected, " + target);
            return outcome;
        }
        if (outcome == ConnectOutcome.Connected)
        {
            _log.Write("mqtt: connect to " + target + " abandoned: the link was closed meanwhile");
            outcome = ConnectOutcome.ClientStartFailed;
        }
        lock (_sync)
        {
            if (_current == session)
            {
                _current = null;
            }
        }
        Close(session);
        return outcome;
    }

    public bool Publish(byte[] topic, byte[] payload, int qos, bool retain, int timeoutMs)
    {
        MqttApplicationMessage message = new MqttApplicationMessageBuilder()
            .WithTopic(Encoding.UTF8.GetString(topic))
            .WithPayload(payload)
            .WithQualityOfServiceLevel((MqttQualityOfServiceLevel)qos)
            .WithRetainFlag(retain)
            .Build();
        return Call("publish to " + message.Topic, timeoutMs, false, async (client, token) =>
        {
            MqttClientPublishResult result = await client.PublishAsync(message, token).ConfigureAwait(false);
            return qos == 0 || Succeeded(result.IsSuccess, "publish to " + message.Topic, result.ReasonCode);
        });
    }

    public int Subscribe(byte[] topic, int qos, int timeoutMs)
    {
        string filter = Encoding.UTF8.GetString(topic);
        MqttClientSubscribeOptions options = new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(f => f.WithTopic(filter).WithQualityOfServiceLevel((MqttQualityOfServiceLevel)qos))
            .Build();
        return Call("subscribe to " + filter, timeoutMs, -1, async (client, token) =>
        {
            MqttClientSubscribeResult result = await client.SubscribeAsync(options, token).ConfigureAwait(false);
            MqttClientSubscribeResultCode code = result.Items.First().ResultCode;
            switch (code)
            {
                case MqttClientSubscribeResultCode.GrantedQoS0:
                    return 0;
                case MqttClientSubscribeResultCode.GrantedQoS1:
                    return 1;
                case MqttClientSubscribeResultCode.GrantedQoS2:
                    return 2;
                default:
                    _log.Write("mqtt: subscribe to " + filter + " refused: " + code);
                    return -1;
            }
        });
    }

    public bool Unsubscribe(byte[] topic, int timeoutMs)
    {
        string filter = Encoding.UTF8.GetString(topic);
        MqttClientUnsubscribeOptions options = new MqttClientUnsubscribeOptionsBuilder().WithTopicFilter(filter).Build();
        return Call("unsubscribe from " + filter, timeoutMs, false, async (client, token) =>
        {
            MqttClientUnsubscribeResult result = await client.UnsubscribeAsync(options, token).ConfigureAwait(false);
            MqttClientUnsubscribeResultCode code = result.Items.First().ResultCode;
            return Succeeded(code == MqttClientUnsubscribeResultCode.Success, "unsubscribe from " + filter, code);
        });
    }

    public void Disconnect()
    {
        Close(TakeCurrent());
    }

    private ConnectOutcome Establish(ClientSession session, MqttClientOptions options, int timeoutMs, string target)
    {
        using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(session.Closing);
        timeout.CancelAfter(timeoutMs);
        try
        {
            MqttClientConnectResult result = session.Client.ConnectAsync(options, timeout.Token).GetAwaiter().GetResult();
            if (result.ResultCode == MqttClientConnectResultCode.Success)
            {
                return ConnectOutcome.Connected;
            }
            _log.Write("mqtt: " + target + " refused the connection: " + result.ResultCode);
            return ConnectOutcome.ClientStartFailed;
        }
        catch (Exception e)
        {
            ConnectOutcome outcome = ConnectFailure.Classify(e, timeout.IsCancellationRequested && !session.Closing.IsCancellationRequested);
            _log.Write("mqtt: connecting to " + target + " failed (" + outcome + "): " + ExceptionText.Describe(e));
            return outcome;
        }
    }

    /// <summary>Runs one request on the current client; a missing link or any exception gives <paramref name="failed"/>.</summary>
    private T Call<T>(string what, int timeoutMs, T failed, Func<IMqttClient, CancellationToken, Task<T>> request)
    {
        IMqttClient client;
        lock (_sync)
        {
            client = _current?.Client;
        }
        if (client == null)
        {
            _log.Write("mqtt: " + what + ": not connected");
            return failed;
        }
        try
        {
            using CancellationTokenSource timeout = new CancellationTokenSource(timeoutMs);
            return request(client, timeout.Token).GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            _log.Write("mqtt: " + what + " failed: " + ExceptionText.Describe(e));
            return failed;
        }
    }

    private bool Succeeded(bool success, string what, object reason)
    {
        if (!success)
        {
            _log.Write("mqtt: " + what + " refused: " + reason);
        }
        return success;
    }

    private Task OnMessage(ClientSession session, MqttApplicationMessageReceivedEventArgs e)
    {
        // MQTTnet acknowledges QoS 1/2 after this returns (AutoAcknowledge is on by default), and
        // skips the acknowledgement if it throws.
        try
        {
            if (IsCurrent(session))
            {
                MqttApplicationMessage message = e.ApplicationMessage;
                _listener.OnMessage(Encoding.UTF8.GetBytes(message.Topic), message.Payload.ToArray());
            }
        }
        catch (Exception exception)
        {
            _log.Write("mqtt: passing a message on failed: " + ExceptionText.Describe(exception));
        }
        return Task.CompletedTask;
    }

    private Task OnDisconnected(ClientSession session, MqttClientDisconnectedEventArgs e)
    {
        // A failed connect also raises this event, without having been connected: Connect reports that itself.
        if (e.ClientWasConnected && IsCurrent(session))
        {
            _log.Write("mqtt: connection lost: " + e.Reason + (e.Exception != null ? ", " + ExceptionText.Describe(e.Exception) : ""));
            _listener.OnConnectionLost();
        }
        return Task.CompletedTask;
    }

    private bool IsCurrent(ClientSession session)
    {
        lock (_sync)
        {
            return _current == session;
        }
    }

    /// <summary>Takes the current session out first, so that its events are no longer passed on while it closes.</summary>
    private ClientSession TakeCurrent()
    {
        lock (_sync)
        {
            ClientSession session = _current;
            _current = null;
            return session;
        }
    }

    private void Close(ClientSession session)
    {
        session?.Close(DisconnectTimeoutMs, _log);
    }
}
