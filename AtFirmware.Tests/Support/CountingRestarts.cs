#nullable disable
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware.Tests.Support
{
    /// <summary>The board's reset, counted: here the engine restarts itself in software, as on the twin.</summary>
    public sealed class CountingRestarts : ISystemControl
    {
        public int Restarts;

        public void Restart()
        {
            Restarts++;
        }
    }
}
