namespace EspAtNano.Engine.Ports
{
    /// <summary>Why a connect attempt failed, finer than the outcome the host sees: this is what the log says.</summary>
    public enum ConnectFailure
    {
        None,
        /// <summary>The host name did not resolve.</summary>
        NameResolution,
        /// <summary>TCP refused, unreachable or reset before CONNACK.</summary>
        Network,
        /// <summary>The TLS handshake or the server certificate's verification failed.</summary>
        TlsHandshake,
        /// <summary>A certificate or key the scheme needs is missing or cannot be parsed, or the clock is not set.</summary>
        Certificate,
        /// <summary>The WebSocket upgrade was refused.</summary>
        WebSocket,
        /// <summary>The broker answered CONNACK with a refusal (the return code says which).</summary>
        BrokerRefused,
        /// <summary>No CONNACK within the timeout.</summary>
        Timeout,
        /// <summary>The link closed right after CONNACK, or restoring the subscriptions failed.</summary>
        LinkLost,
        /// <summary>Anything else the client reported.</summary>
        Other
    }
}
