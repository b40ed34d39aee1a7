#nullable disable
using System.Collections;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware.Tests.Support
{
    /// <summary>The engine's diagnostic log, kept for tests that look for a reason.</summary>
    public sealed class RecordingLog : ILog
    {
        private readonly ArrayList _lines = new ArrayList();

        public void Write(string message)
        {
            lock (_lines)
            {
                _lines.Add(message);
            }
        }

        /// <summary>Whether a line containing <paramref name="part"/> was logged.</summary>
        public bool Contains(string part)
        {
            lock (_lines)
            {
                foreach (string line in _lines)
                {
                    if (line.Contains(part))
                    {
                        return true;
                    }
                }
                return false;
            }
        }
    }
}
