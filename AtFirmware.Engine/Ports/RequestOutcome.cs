namespace EspAtNano.Engine.Ports
{
    /// <summary>How a publish, subscribe or unsubscribe ended.</summary>
    public enum RequestOutcome
    {
        /// <summary>Sent (QoS 0) or acknowledged (PUBACK, PUBCOMP, SUBACK granted, UNSUBACK).</summary>
        Completed,
        /// <summary>The broker answered with a refusal (SUBACK 0x80, a reason code).</summary>
        Refused,
        /// <summary>No answer within the timeout.</summary>
        TimedOut,
        /// <summary>There was no link to send on, or it dropped while waiting.</summary>
        NotConnected,
        /// <summary>The client failed otherwise (the detail says how).</summary>
        Failed
    }
}
