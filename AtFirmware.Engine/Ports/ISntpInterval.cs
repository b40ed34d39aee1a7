namespace EspAtNano.Engine.Ports
{
    /// <summary>AT+CIPSNTPINTV: how often the platform's SNTP client asks its servers.</summary>
    public interface ISntpInterval
    {
        SettingResult SetSyncInterval(int seconds);
    }
}
