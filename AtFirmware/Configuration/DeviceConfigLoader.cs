using System;
using System.Collections;
using System.IO;
using EspAtNano.Engine.Device;
using EspAtNano.Engine.Ports;
using nanoFramework.Json;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// Reads nf-device-config.json from internal storage at boot. Nothing here may stop the boot:
    /// a missing file or a file that is not JSON gives the defaults and says so on the debug
    /// output. nanoFramework.Json parses the text (into Hashtables: no reflection over our types,
    /// and its string/escape/number handling is the library's, not another hand parser to
    /// trust); DeviceConfigReader then checks every value (tested on the desktop).
    /// </summary>
    internal static class DeviceConfigLoader
    {
        /// <summary>Where flash.ps1 puts the file (nanoff --filedeployment).</summary>
        public const string StoragePath = "I:\\nf-device-config.json";

        public static DeviceConfig Load(string path, ILog log)
        {
            Hashtable root = ReadRoot(path, log);
            DeviceConfig config = DeviceConfigReader.Read(root != null ? new HashtableConfig(root) : null, log);
            log.Write(DeviceConfigReader.Describe(config));
            return config;
        }

        private static Hashtable ReadRoot(string path, ILog log)
        {
            string json;
            try
            {
                if (!File.Exists(path))
                {
                    log.Write("config: " + path + " not found, using the defaults (deploy it with flash.ps1)");
                    return null;
                }
                json = File.ReadAllText(path);
            }
            catch (Exception e)
            {
                log.Write("config: cannot read " + path + " (" + Failure.Describe(e) + "), using the defaults");
                return null;
            }
            try
            {
                Hashtable root = JsonConvert.DeserializeObject(json, typeof(Hashtable)) as Hashtable;
                if (root == null)
                {
                    log.Write("config: " + path + " is not a JSON object, using the defaults");
                }
                return root;
            }
            catch (Exception e)
            {
                log.Write("config: " + path + " is not valid JSON (" + Failure.Describe(e) + "), using the defaults");
                return null;
            }
        }
    }
}
