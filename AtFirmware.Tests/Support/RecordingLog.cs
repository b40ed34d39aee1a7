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

        public int Count
        {
            get
            {
                lock (_lines)
                {
                    return _lines.Count;
                }
            }
        }

        /// <summary>Every line, one per line: what a failure message shows.</summary>
        public string Text
        {
            get
            {
                lock (_lines)
                {
                    string text = "";
                    foreach (string line in _lines)
                    {
                        text += line + "\n";
                    }
                    return text;
                }
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
