namespace EspAtNano.Engine.Ports
{
    /// <summary>Where a request started through <see cref="IMqttPublishStarter"/> reports its result.</summary>
    public interface IMqttRequestDone
    {
        void Done(MqttRequestResult result);
    }
}
