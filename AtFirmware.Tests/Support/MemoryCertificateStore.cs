#nullable disable
using System.Collections;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware.Tests.Support
{
    /// <summary>Certificate files in memory, by ESP-AT file name (a list: Hashtable is not in nanoFramework's mscorlib).</summary>
    public sealed class MemoryCertificateStore : ICertificateStore
    {
        private readonly ArrayList _names = new ArrayList();
        private readonly ArrayList _contents = new ArrayList();

        public byte[] Read(string fileName)
        {
            int at = _names.IndexOf(fileName);
            return at < 0 ? null : (byte[])_contents[at];
        }

        public bool Exists(string fileName)
        {
            return _names.IndexOf(fileName) >= 0;
        }

        public StoreResult Write(string fileName, byte[] contents)
        {
            int at = _names.IndexOf(fileName);
            if (at < 0)
            {
                _names.Add(fileName);
                _contents.Add(contents);
            }
            else
            {
                _contents[at] = contents;
            }
            return StoreResult.Success;
        }

        public StoreResult Delete(string fileName)
        {
            int at = _names.IndexOf(fileName);
            if (at < 0)
            {
                return new StoreResult(StoreOutcome.NotFound, fileName + " is not stored");
            }
            _names.RemoveAt(at);
            _contents.RemoveAt(at);
            return StoreResult.Success;
        }
    }
}
