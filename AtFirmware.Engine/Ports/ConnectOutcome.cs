namespace EspAtNano.Engine.Ports
{
    /// <summary>How a connect attempt ended, as far as the host can tell: each failure maps to one documented error code.</summary>
    public enum ConnectOutcome
    {
        Connected,
        /// <summary>No CONNACK within the timeout (0x6057).</summary>
        Timeout,
        /// <summary>Certificate missing or unparsable, handshake or verification failed (0x6009).</summary>
        TlsFailure,
        /// <summary>DNS, TCP, WebSocket upgrade failed or CONNACK refused (0x600B).</summary>
        ClientStartFailed
    }
}
