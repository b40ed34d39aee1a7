using System;
using System.IO;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// ICertificateStore on internal storage (LittleFS, drive I:), where flash.ps1 puts the files
    /// under ESP-AT's names (mqtt_ca.pem, mqtt_cert_1.pem, ...). Missing or unreadable means null:
    /// the engine then fails MQTTCONN with 0x6009 instead of anything crashing.
    /// </summary>
    public sealed class StorageCertificateStore : ICertificateStore
    {
        public const string Root = "I:\\";

        private readonly ILog _log;

        public StorageCertificateStore(ILog log)
        {
            _log = log;
        }

        public byte[] Read(string fileName)
        {
            // The engine only asks for its fixed names; refusing separators keeps it inside the root anyway.
            if (fileName == null || fileName.Length == 0 || fileName.IndexOf('\\') >= 0 || fileName.IndexOf('/') >= 0)
            {
                return null;
            }
            string path = Root + fileName;
            try
            {
                if (!File.Exists(path))
                {
                    return null;
                }
                return File.ReadAllBytes(path);
            }
            catch (Exception e)
            {
                _log.Write("certificates: cannot read " + path + ": " + Failure.Describe(e));
                return null;
            }
        }
    }
}
