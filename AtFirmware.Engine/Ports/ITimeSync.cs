namespace EspAtNano.Engine
{
    /// <summary>SNTP as AT+CIPSNTPCFG drives it; the synchronised time is read through IClock.</summary>
    public interface ITimeSync
    {
        /// <summary>Starts (with these servers; empty means the platform's defaults) or stops SNTP.</summary>
        void Configure(bool enabled, string[] servers);
    }
}
