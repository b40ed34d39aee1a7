namespace EspAtNano.Engine.Ports
{
    /// <summary>
    /// AT+SLEEP's modes as ESP-AT numbers them: 0 none, 1 Wi-Fi modem sleep (DTIM), 2 light sleep,
    /// 3 modem sleep by listen interval. A platform applies the modes it can and refuses the others.
    /// </summary>
    public interface ISleepControl
    {
        /// <summary>The mode after power-up (ESP-AT's: 1, modem sleep).</summary>
        int PowerUpMode { get; }

        SettingResult SetMode(int mode);
    }
}
