namespace EspAtNano.Engine
{
    /// <summary>Where the board does not reboot (the desktop twin), the engine restarts itself.</summary>
    public interface ISoftRestart
    {
        void RestartInSoftware();
    }
}
