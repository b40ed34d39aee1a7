namespace EspAtNano.Engine.Ports
{
    /// <summary>The board itself.</summary>
    public interface ISystemControl
    {
        /// <summary>
        /// AT+RST: on hardware this reboots and does not return. Where it returns (the desktop
        /// twin) the engine restarts itself in software and prints ready again.
        /// </summary>
        void Restart();
    }
}
