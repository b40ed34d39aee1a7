namespace EspAtNano.Engine
{
    /// <summary>
    /// The MQTT client as the engine needs it. Every call blocks until the broker has answered
    /// or the timeout elapsed, and none throws: the engine calls them off the UART input path,
    /// so an event-driven client (M2Mqtt) waits on its events and an async one (MQTTnet) waits
    /// on its tasks. Calls never overlap except Disconnect, which may come at any time.
    /// </summary>
    public interface IMqttClientPort
    {
        /// <summary>Receives messages and connection loss; set once before the first connect.</summary>
        void SetListener(IMqttLinkListener listener);

        ConnectOutcome Connect(MqttConnectRequest request, int timeoutMs);

        /// <summary>QoS 0: true once handed to the network. QoS 1/2: true after PUBACK / PUBCOMP.</summary>
        bool Publish(byte[] topic, byte[] payload, int qos, bool retain, int timeoutMs);

        /// <summary>The QoS granted in the SUBACK, or -1 when refused, timed out or the link is gone.</summary>
        int Subscribe(byte[] topic, int qos, int timeoutMs);

        /// <summary>True after the UNSUBACK.</summary>
        bool Unsubscribe(byte[] topic, int timeoutMs);

        /// <summary>Sends DISCONNECT if connected and closes the link. Raises no connection loss.</summary>
        void Disconnect();
    }
}
