namespace EspAtNano.Engine
{
    /// <summary>What the MQTT client reports on its own thread; implementations return quickly.</summary>
    public interface IMqttLinkListener
    {
        void OnMessage(byte[] topic, byte[] payload);

        /// <summary>The established link dropped without Disconnect() being called.</summary>
        void OnConnectionLost();
    }
}
