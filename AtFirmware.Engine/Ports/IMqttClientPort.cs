namespace EspAtNano.Engine.Ports
{
    /// <summary>
    /// The MQTT client as the engine needs it. Every call blocks until the broker has answered
    /// or the timeout elapsed, and none throws: the engine calls them off the UART input path,
    /// so an event-driven client (M2Mqtt) waits on its events and an async one (MQTTnet) waits
    /// on its tasks. Calls never overlap except Disconnect, which may come at any time. Results
    /// carry why a call failed; the engine logs it.
    /// </summary>
    public interface IMqttClientPort
    {
        /// <summary>Receives messages and connection loss; set once before the first connect.</summary>
        void SetListener(IMqttLinkListener listener);

        /// <summary>
        /// Connected only when the link is up when this returns: a link that closes right after
        /// CONNACK is either reported here as a failure or later through OnConnectionLost, never neither.
        /// </summary>
        ConnectResult Connect(MqttConnectRequest request, int timeoutMs);

        /// <summary>QoS 0: completed once handed to the network. QoS 1/2: after PUBACK / PUBCOMP.</summary>
        MqttRequestResult Publish(byte[] topic, byte[] payload, int qos, bool retain, int timeoutMs);

        /// <summary>Completed with the granted QoS, or why not (a SUBACK refusal is Refused).</summary>
        MqttRequestResult Subscribe(byte[] topic, int qos, int timeoutMs);

        /// <summary>Completed after the UNSUBACK.</summary>
        MqttRequestResult Unsubscribe(byte[] topic, int timeoutMs);

        /// <summary>Sends DISCONNECT if connected and closes the link. Raises no connection loss.</summary>
        void Disconnect();
    }
}
