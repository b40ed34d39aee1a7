#nullable disable
using System.Collections;
using EspAtNano.Engine.Device;

namespace EspAtNano.Firmware.Tests.Support
{
    /// <summary>
    /// A JSON object as nanoFramework.Json hands nf-device-config.json to the device (a Hashtable
    /// of int, long, double, string, bool, null or nested objects), built in code: the tests set
    /// exactly the value types the parser produces. Two lists, not a Hashtable: that lives in
    /// nanoFramework.System.Collections, and the tests need nothing but mscorlib.
    /// </summary>
    internal sealed class ConfigTable : IConfigObject
    {
        private readonly ArrayList _keys = new ArrayList();
        private readonly ArrayList _values = new ArrayList();

        /// <summary>Sets <paramref name="key"/> and returns this table, so a file reads as one expression.</summary>
        public ConfigTable Set(string key, object value)
        {
            int index = _keys.IndexOf(key);
            if (index < 0)
            {
                _keys.Add(key);
                _values.Add(value);
            }
            else
            {
                _values[index] = value;
            }
            return this;
        }

        /// <summary>A file with one value in one section: {"section":{"key":value}}.</summary>
        public static ConfigTable One(string section, string key, object value)
        {
            return new ConfigTable().Set(section, new ConfigTable().Set(key, value));
        }

        public bool TryGet(string key, out object value)
        {
            int index = _keys.IndexOf(key);
            value = index < 0 ? null : _values[index];
            return index >= 0;
        }
    }
}
