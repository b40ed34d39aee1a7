namespace EspAtNano.Engine.Ports
{
    /// <summary>
    /// The module's certificate storage, by ESP-AT file name (mqtt_ca.pem, mqtt_cert_1.pem, ...).
    /// AT+MQTTCONN reads it; AT+SYSMFG also lists, writes and erases it (docs/commands/basic.md#atsysmfg--certificates-over-the-uart).
    /// </summary>
    public interface ICertificateStore
    {
        /// <summary>The file's bytes, or null when it does not exist or cannot be read.</summary>
        byte[] Read(string fileName);

        /// <summary>Whether a file of that name is stored (an unreadable one counts as stored: Read then says why).</summary>
        bool Exists(string fileName);

        /// <summary>
        /// Replaces the file with <paramref name="contents"/> atomically: afterwards the name holds
        /// either the old contents or the new, whole, whatever happened in between (a power cut, a
        /// full storage). The contents are stored as given, certificate or not.
        /// </summary>
        StoreResult Write(string fileName, byte[] contents);

        /// <summary>Removes the file; NotFound when there was none.</summary>
        StoreResult Delete(string fileName);
    }
}
