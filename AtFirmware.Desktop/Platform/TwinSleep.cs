using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Platform;

/// <summary>
/// AT+SLEEP on the twin. The simulated station has no radio to power down, and the modem-sleep
/// modes (1, 3) only cost a real module latency, so 0, 1 and 3 are accepted and reported. Light
/// sleep (2) stops the CPU until a wake-up source (AT+SLEEPWKCFG, which this module does not have)
/// fires: a host would notice a module that claims it and still answers, so it is refused.
/// </summary>
public sealed class TwinSleep : ISleepControl
{
    private const int LightSleep = 2;

    /// <summary>ESP-AT's: Wi-Fi modem sleep.</summary>
    public int PowerUpMode => 1;

    public SettingResult SetMode(int mode) => mode == LightSleep
        ? SettingResult.Refused("light sleep needs a wake-up source, which the twin does not have")
        : SettingResult.Applied;
}
