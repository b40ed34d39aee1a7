namespace EspAtNano.Engine.Ports
{
    /// <summary>What the MQTT client reports on its own thread.</summary>
    public interface IMqttLinkListener
    {
        /// <summary>
        /// A PUBLISH from the broker, with the topic's bytes exactly as received. May block: while
        /// the host cannot take URCs and the engine's bound for held ones is reached, a QoS 1/2
        /// message waits here, so the client acknowledges it late and the broker slows down. The
        /// client must acknowledge only after this returns.
        /// </summary>
        void OnMessage(byte[] topic, byte[] payload, int qos);

        /// <summary>The established link dropped without Disconnect() being called; <paramref name="reason"/> is for the log.</summary>
        void OnConnectionLost(string reason);
    }
}
