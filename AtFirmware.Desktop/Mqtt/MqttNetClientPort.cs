using System.Buffers;
using System.Text;
using EspAtNano.Desktop.Logging;
using EspAtNano.Engine.Ports;
using MQTTnet;
using MQTTnet.Protocol;

namespace EspAtNano.Desktop.Mqtt;

/// <summary>
/// The engine's MQTT client over MQTTnet. Each call waits for MQTTnet's task with a timeout, and
/// every failure becomes a result that says why, never an exception. Each connect gets a fresh
/// client: events are passed on only while their session is the current one, so nothing an
/// earlier client does late (a disconnect event, a message) reaches the engine. Unhooking the
/// handlers alone would not do, since an event may already be running. A publish can also be
/// started and answered by callback (IMqttPublishStarter), so no engine thread waits on it.
/// </summary>
public sealed class MqttNetClientPort : IMqttClientPort, IMqttPublishStarter
{
    private const int DisconnectTimeoutMs = 2000;
    // MQTTnet decodes topics with replacement: U+FFFD stands for bytes that were not UTF-8.
    private const char Replacement = '\uFFFD';
    // Not UTF-8 anywhere, so the engine refuses the topic as it refuses any invalid sequence.
    private const byte NotUtf8 = 0xFF;

    private readonly MqttClientFactory _factory = new MqttClientFactory();
    private readonly object _sync = new object();
    private readonly ILog _log;
    private IMqttLinkListener? _listener;
    private ClientSession? _current;

    public MqttNetClientPort(ILog log)
    {
        _log = log;
    }

    public void SetListener(IMqttLinkListener listener)
    {
        _listener = listener;
    }

    public ConnectResult Connect(MqttConnectRequest request, int timeoutMs)
    {
        Close(TakeCurrent());
        MqttClientOptions options;
        try
        {
            options = ClientOptionsFactory.Create(request, timeoutMs, _log);
        }
        catch (Exception e)
        {
            return ConnectResult.Failed(ConnectOutcome.TlsFailure, ConnectFailure.Certificate, "TLS setup: " + ExceptionText.Describe(e));
        }

        ClientSession session = new ClientSession(_factory.CreateMqttClient(), OnMessage, OnDisconnected);
        lock (_sync)
        {
            _current = session;
        }
        ConnectResult result = Establish(session, options, timeoutMs);
        if (result.IsConnected && IsCurrent(session))
        {
            _log.Write("mqtt: connected, scheme " + request.Scheme + " " + request.Host + ":" + request.Port);
            return result;
        }
        if (result.IsConnected)
        {
            result = ConnectResult.Failed(ConnectOutcome.ClientStartFailed, ConnectFailure.Other, "the link was closed meanwhile");
        }
        lock (_sync)
        {
            if (_current == session)
            {
                _current = null;
            }
        }
        Close(session);
        return result;
    }

    public MqttRequestResult Publish(byte[] topic, byte[] payload, int qos, bool retain, int timeoutMs)
    {
        return PublishAsync(topic, payload, qos, retain, timeoutMs).GetAwaiter().GetResult();
    }

    public void StartPublish(byte[] topic, byte[] payload, int qos, bool retain, int timeoutMs, IMqttRequestDone done)
    {
        Task<MqttRequestResult> publish = PublishAsync(topic, payload, qos, retain, timeoutMs);
        if (publish.IsCompleted)
        {
            // QoS 0 on a writable socket: answered on this thread, with no continuation to schedule.
            done.Done(publish.Result);
            return;
        }
        // Answered on the thread that completes it (MQTTnet's, on PUBACK); a task that never throws (CallAsync).
        publish.ContinueWith(static (task, state) => ((IMqttRequestDone)state!).Done(task.Result), done,
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private Task<MqttRequestResult> PublishAsync(byte[] topic, byte[] payload, int qos, bool retain, int timeoutMs)
    {
        MqttApplicationMessage message = new MqttApplicationMessageBuilder()
            .WithTopic(Encoding.UTF8.GetString(topic))
            .WithPayload(payload)
            .WithQualityOfServiceLevel((MqttQualityOfServiceLevel)qos)
            .WithRetainFlag(retain)
            .Build();
        return CallAsync(timeoutMs, async (client, token) =>
        {
            MqttClientPublishResult result = await client.PublishAsync(message, token).ConfigureAwait(false);
            return qos == 0 || result.IsSuccess
                ? MqttRequestResult.Done
                : MqttRequestResult.Failed(RequestOutcome.Refused, "reason code " + result.ReasonCode);
        });
    }

    public MqttRequestResult Subscribe(byte[] topic, int qos, int timeoutMs)
    {
        string filter = Encoding.UTF8.GetString(topic);
        MqttClientSubscribeOptions options = new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(f => f.WithTopic(filter).WithQualityOfServiceLevel((MqttQualityOfServiceLevel)qos))
            .Build();
        return Call(timeoutMs, async (client, token) =>
        {
            MqttClientSubscribeResult result = await client.SubscribeAsync(options, token).ConfigureAwait(false);
            MqttClientSubscribeResultCode code = result.Items.First().ResultCode;
            switch (code)
            {
                case MqttClientSubscribeResultCode.GrantedQoS0:
                    return MqttRequestResult.Granted(0);
                case MqttClientSubscribeResultCode.GrantedQoS1:
                    return MqttRequestResult.Granted(1);
                case MqttClientSubscribeResultCode.GrantedQoS2:
                    return MqttRequestResult.Granted(2);
                default:
                    return MqttRequestResult.Failed(RequestOutcome.Refused, "SUBACK " + code);
            }
        });
    }

    public MqttRequestResult Unsubscribe(byte[] topic, int timeoutMs)
    {
        MqttClientUnsubscribeOptions options = new MqttClientUnsubscribeOptionsBuilder().WithTopicFilter(Encoding.UTF8.GetString(topic)).Build();
        return Call(timeoutMs, async (client, token) =>
        {
            MqttClientUnsubscribeResult result = await client.UnsubscribeAsync(options, token).ConfigureAwait(false);
            MqttClientUnsubscribeResultCode code = result.Items.First().ResultCode;
            return code == MqttClientUnsubscribeResultCode.Success
                ? MqttRequestResult.Done
                : MqttRequestResult.Failed(RequestOutcome.Refused, "UNSUBACK " + code);
        });
    }

    public void Disconnect()
    {
        Close(TakeCurrent());
    }

    private static ConnectResult Establish(ClientSession session, MqttClientOptions options, int timeoutMs)
    {
        using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(session.Closing);
        timeout.CancelAfter(timeoutMs);
        try
        {
            MqttClientConnectResult result = session.Client.ConnectAsync(options, timeout.Token).GetAwaiter().GetResult();
            if (result.ResultCode != MqttClientConnectResultCode.Success)
            {
                return ConnectResult.Refused((int)result.ResultCode, "CONNACK " + result.ResultCode);
            }
            // In this order: a loss after MarkEstablished reaches the engine as OnConnectionLost; one
            // before it has already cleared IsConnected.
            session.MarkEstablished();
            return session.Client.IsConnected
                ? ConnectResult.Success
                : ConnectResult.Failed(ConnectOutcome.ClientStartFailed, ConnectFailure.LinkLost, "the broker closed the link right after CONNACK");
        }
        catch (Exception e)
        {
            return ConnectExceptions.Classify(e, timeout.IsCancellationRequested && !session.Closing.IsCancellationRequested);
        }
    }

    /// <summary>Runs one request on the current client and waits for it.</summary>
    private MqttRequestResult Call(int timeoutMs, Func<IMqttClient, CancellationToken, Task<MqttRequestResult>> request)
    {
        return CallAsync(timeoutMs, request).GetAwaiter().GetResult();
    }

    /// <summary>Runs one request on the current client; a missing link or any exception is a failure that says why, never a faulted task.</summary>
    private async Task<MqttRequestResult> CallAsync(int timeoutMs, Func<IMqttClient, CancellationToken, Task<MqttRequestResult>> request)
    {
        IMqttClient? client;
        lock (_sync)
        {
            client = _current?.Client;
        }
        if (client == null || !client.IsConnected)
        {
            return MqttRequestResult.Failed(RequestOutcome.NotConnected, "no link");
        }
        using CancellationTokenSource timeout = new CancellationTokenSource(timeoutMs);
        try
        {
            return await request(client, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return MqttRequestResult.Failed(RequestOutcome.TimedOut, "no answer within " + timeoutMs + " ms");
        }
        catch (Exception e)
        {
            RequestOutcome outcome = client.IsConnected ? RequestOutcome.Failed : RequestOutcome.NotConnected;
            return MqttRequestResult.Failed(outcome, ExceptionText.Describe(e));
        }
    }

    private Task OnMessage(ClientSession session, MqttApplicationMessageReceivedEventArgs e)
    {
        // MQTTnet acknowledges QoS 1/2 after this returns (AutoAcknowledge is on by default), and
        // skips the acknowledgement if it throws; the engine may hold this call to slow the broker down.
        try
        {
            if (IsCurrent(session))
            {
                MqttApplicationMessage message = e.ApplicationMessage;
                Listener.OnMessage(TopicBytes(message.Topic), message.Payload.ToArray(), (int)message.QualityOfServiceLevel);
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
        if ((e.ClientWasConnected || session.Established) && IsCurrent(session))
        {
            Listener.OnConnectionLost(e.Reason + (e.Exception != null ? ", " + ExceptionText.Describe(e.Exception) : ""));
        }
        return Task.CompletedTask;
    }

    /// <summary>The topic's bytes as the broker sent them, as far as MQTTnet's decoded string tells.</summary>
    private static byte[] TopicBytes(string topic)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(topic);
        int replaced = topic.IndexOf(Replacement);
        if (replaced >= 0)
        {
            bytes[Encoding.UTF8.GetByteCount(topic.AsSpan(0, replaced))] = NotUtf8;
        }
        return bytes;
    }

    /// <summary>The engine sets it before its first connect, so no client event can come earlier.</summary>
    private IMqttLinkListener Listener
    {
        get { return _listener ?? throw new InvalidOperationException("MQTT client event before SetListener"); }
    }

    private bool IsCurrent(ClientSession session)
    {
        lock (_sync)
        {
            return _current == session;
        }
    }

    /// <summary>Takes the current session out first, so that its events are no longer passed on while it closes.</summary>
    private ClientSession? TakeCurrent()
    {
        lock (_sync)
        {
            ClientSession? session = _current;
            _current = null;
            return session;
        }
    }

    private void Close(ClientSession? session)
    {
        session?.Close(DisconnectTimeoutMs, _log);
    }
}
