using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using EspAtNano.Desktop.Logging;
using EspAtNano.Engine.Ports;
using MQTTnet.Exceptions;

namespace EspAtNano.Desktop.Mqtt;

/// <summary>
/// Sorts the exception of a failed connect into the engine's result: the outcome the host sees
/// as 0x6009 (TLS), 0x6057 (timeout) or 0x600B (everything else), and the reason the log
/// names. MQTTnet wraps the cause, so the whole inner-exception chain is searched.
/// </summary>
public static class ConnectExceptions
{
    public static ConnectResult Classify(Exception exception, bool timedOut)
    {
        List<Exception> chain = ExceptionText.Chain(exception).ToList();
        string detail = ExceptionText.Describe(exception);
        if (chain.Any(e => e is AuthenticationException || e is CryptographicException))
        {
            return ConnectResult.Failed(ConnectOutcome.TlsFailure, ConnectFailure.TlsHandshake, detail);
        }
        if (timedOut || chain.Any(e => e is OperationCanceledException || e is MqttCommunicationTimedOutException || e is TimeoutException))
        {
            return ConnectResult.Failed(ConnectOutcome.Timeout, ConnectFailure.Timeout, detail);
        }
        SocketException? socket = chain.OfType<SocketException>().FirstOrDefault();
        if (socket != null)
        {
            bool unresolved = socket.SocketErrorCode == SocketError.HostNotFound || socket.SocketErrorCode == SocketError.TryAgain
                || socket.SocketErrorCode == SocketError.NoData;
            return ConnectResult.Failed(ConnectOutcome.ClientStartFailed, unresolved ? ConnectFailure.NameResolution : ConnectFailure.Network, detail);
        }
        if (chain.Any(e => e is WebSocketException))
        {
            return ConnectResult.Failed(ConnectOutcome.ClientStartFailed, ConnectFailure.WebSocket, detail);
        }
        return ConnectResult.Failed(ConnectOutcome.ClientStartFailed, ConnectFailure.Other, detail);
    }
}
