using System.Collections;
using EspAtNano.Engine.Device;

namespace EspAtNano.Firmware
{
    /// <summary>A JSON object as nanoFramework.Json parses it (a Hashtable, nested objects too), for DeviceConfigReader.</summary>
    internal sealed class HashtableConfig : IConfigObject
    {
        private readonly Hashtable _table;

        public HashtableConfig(Hashtable table)
        {
            _table = table;
        }

        public bool TryGet(string key, out object value)
        {
            if (!_table.Contains(key))
            {
                value = null;
                return false;
            }
            value = _table[key];
            Hashtable nested = value as Hashtable;
            if (nested != null)
            {
                value = new HashtableConfig(nested);
            }
            return true;
        }
    }
}
