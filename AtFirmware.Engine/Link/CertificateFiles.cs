namespace EspAtNano.Engine.Link
{
    /// <summary>
    /// The names of the certificate files, as ESP-AT names its MQTT partitions
    /// (docs/commands/mqtt.md#atmqttusercfg): ID 0 is "mqtt_ca.pem", ID 1 "mqtt_ca_1.pem".
    /// AT+MQTTCONN reads them and AT+SYSMFG writes them, so both take their names from here.
    /// </summary>
    internal static class CertificateFiles
    {
        internal const string Ca = "mqtt_ca";
        internal const string Cert = "mqtt_cert";
        internal const string Key = "mqtt_key";

        /// <summary>CA_ID and cert_key_ID take 0 and 1.</summary>
        internal const int IdCount = 2;

        internal static string FileName(string kind, int id)
        {
            return id == 0 ? kind + ".pem" : kind + "_" + id.ToString() + ".pem";
        }
    }
}
