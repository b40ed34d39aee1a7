namespace EspAtNano.Engine.Ports
{
    /// <summary>
    /// Optional on an <see cref="IMqttClientPort"/> whose client completes a publish by callback
    /// (MQTTnet's tasks): the engine then starts the publish on the input thread and answers it
    /// from the thread that completes it, instead of handing it to its worker thread and blocking
    /// that thread until the broker has answered. A port without it (the ESP32's M2Mqtt) is
    /// called through the blocking Publish, as before.
    /// </summary>
    public interface IMqttPublishStarter
    {
        /// <summary>
        /// Starts what IMqttClientPort.Publish does, with the same meaning of completion and the
        /// same results, and reports the result to <paramref name="done"/> exactly once: on any
        /// thread, and before this returns when the publish completes at once. Never throws.
        /// </summary>
        void StartPublish(byte[] topic, byte[] payload, int qos, bool retain, int timeoutMs, IMqttRequestDone done);
    }
}
