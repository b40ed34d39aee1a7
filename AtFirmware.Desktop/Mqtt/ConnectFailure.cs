using System.Security.Authentication;
using System.Security.Cryptography;
using EspAtNano.Desktop.Logging;
using EspAtNano.Engine;
using MQTTnet.Exceptions;

namespace EspAtNano.Desktop.Mqtt;

/// <summary>
/// Sorts the exception of a failed connect into the engine's outcomes, which the host sees as
/// 0x6009 (TLS), 0x6057 (timeout) or 0x600B (everything else). MQTTnet wraps the cause, so the
/// whole inner-exception chain is searched.
/// </summary>
public static class ConnectFailure
{
    public static ConnectOutcome Classify(Exception exception, bool timedOut)
    {
        IEnumerable<Exception> chain = ExceptionText.Chain(exception);
        if (chain.Any(e => e is AuthenticationException || e is CryptographicException))
        {
            return ConnectOutcome.TlsFailure;
        }
        if (timedOut || chain.Any(e => e is OperationCanceledException || e is MqttCommunicationTimedOutException || e is TimeoutException))
        {
            return ConnectOutcome.Timeout;
        }
        return ConnectOutcome.ClientStartFailed;
    }
}
