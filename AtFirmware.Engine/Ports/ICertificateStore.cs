namespace EspAtNano.Engine.Ports
{
    /// <summary>The module's certificate storage, by ESP-AT file name (mqtt_ca.pem, mqtt_cert_1.pem, ...).</summary>
    public interface ICertificateStore
    {
        /// <summary>The file's bytes, or null when it does not exist or cannot be read.</summary>
        byte[] Read(string fileName);
    }
}
