namespace EspAtNano.Engine
{
    /// <summary>The module's switches that AT commands change; AT+RST restores the defaults.</summary>
    internal sealed class EngineSettings
    {
        internal bool EchoEnabled = true;

        /// <summary>Deviation (docs/deviations.md): on after boot so that every ERROR carries its code.</summary>
        internal bool SyslogEnabled = true;

        internal void RestoreDefaults()
        {
            EchoEnabled = true;
            SyslogEnabled = true;
        }
    }
}
