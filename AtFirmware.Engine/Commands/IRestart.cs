namespace EspAtNano.Engine.Commands
{
    /// <summary>AT+RST's restart: the board reboots, or, where it cannot (the desktop twin), the engine restarts itself.</summary>
    internal interface IRestart
    {
        /// <summary>AT+RESTORE, before its restart: the stored settings go back to the factory ones.</summary>
        void ForgetStoredSettings();

        void Restart();
    }
}
