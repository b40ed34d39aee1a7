using System.Diagnostics.CodeAnalysis;
using EspAtNano.Desktop.Logging;
using EspAtNano.Engine.Ports;
using MQTTnet;

namespace EspAtNano.Desktop.Mqtt;

/// <summary>
/// One MQTTnet client for one connect, from the attempt until it is closed. Closing cancels a
/// connect still in progress, says DISCONNECT when the link is up, and unhooks the handlers.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "Closing stays readable after Close, which a connect still running may do; a CancellationTokenSource without timer or wait handle holds nothing to dispose.")]
public sealed class ClientSession
{
    private readonly CancellationTokenSource _closing = new CancellationTokenSource();
    private readonly Func<MqttApplicationMessageReceivedEventArgs, Task> _onMessage;
    private readonly Func<MqttClientDisconnectedEventArgs, Task> _onDisconnected;
    private int _established;

    public ClientSession(IMqttClient client, Func<ClientSession, MqttApplicationMessageReceivedEventArgs, Task> onMessage,
        Func<ClientSession, MqttClientDisconnectedEventArgs, Task> onDisconnected)
    {
        Client = client;
        _onMessage = e => onMessage(this, e);
        _onDisconnected = e => onDisconnected(this, e);
        client.ApplicationMessageReceivedAsync += _onMessage;
        client.DisconnectedAsync += _onDisconnected;
    }

    public IMqttClient Client { get; }

    /// <summary>
    /// Set once ConnectAsync has succeeded, before the port checks the link is still up: a loss
    /// from then on is passed to the engine even if MQTTnet says the client was never connected
    /// (a broker that sends CONNACK and closes at once), so a link is never "connected but dead".
    /// </summary>
    public bool Established { get { return Volatile.Read(ref _established) == 1; } }

    public void MarkEstablished()
    {
        Volatile.Write(ref _established, 1);
    }

    /// <summary>Cancelled when the session is closed, so that a connect in progress gives up.</summary>
    public CancellationToken Closing { get { return _closing.Token; } }

    /// <summary>Safe to call more than once and from any thread, also while Connect runs.</summary>
    public void Close(int disconnectTimeoutMs, ILog log)
    {
        try
        {
            _closing.Cancel();
            if (Client.IsConnected)
            {
                using CancellationTokenSource timeout = new CancellationTokenSource(disconnectTimeoutMs);
                Client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().WithReason(MqttClientDisconnectOptionsReason.NormalDisconnection).Build(), timeout.Token)
                    .GetAwaiter().GetResult();
            }
        }
        catch (Exception e)
        {
            log.Write("mqtt: DISCONNECT not sent cleanly: " + ExceptionText.Describe(e));
        }
        finally
        {
            Client.ApplicationMessageReceivedAsync -= _onMessage;
            Client.DisconnectedAsync -= _onDisconnected;
            try
            {
                Client.Dispose();
            }
            catch (ObjectDisposedException e)
            {
                // MQTTnet may be tearing down a link the broker closed at this very moment; the
                // client is gone either way, and the port's callers must never see an exception.
                log.Write("mqtt: closing the client raced its own teardown: " + e.Message);
            }
        }
    }
}
