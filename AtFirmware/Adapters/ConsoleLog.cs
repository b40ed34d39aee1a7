using System;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// ILog on nanoFramework's debug output (what Visual Studio shows while attached). It uses
    /// Console.WriteLine rather than Debug.WriteLine: the Debug methods are [Conditional("DEBUG")]
    /// and vanish from a Release build, while Console.WriteLine calls the same native writer
    /// unconditionally, so diagnostics survive in the image that gets flashed.
    /// </summary>
    internal sealed class ConsoleLog : ILog
    {
        public void Write(string message)
        {
            try
            {
                Console.WriteLine("[EspAtNano] " + message);
            }
            catch
            {
                // A diagnostic must never become the failure.
            }
        }
    }
}
