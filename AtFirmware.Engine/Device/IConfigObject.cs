namespace EspAtNano.Engine.Device
{
    /// <summary>
    /// A JSON object as the platform's parser gives it (nanoFramework.Json: a Hashtable). Values
    /// are int or long for integers, double for fractions, string, bool, IConfigObject for a
    /// nested object, null for JSON null, or anything else for what this reader does not use.
    /// </summary>
    internal interface IConfigObject
    {
        /// <summary>False when the key is absent; true with its value (possibly null) otherwise.</summary>
        bool TryGet(string key, out object value);
    }
}
