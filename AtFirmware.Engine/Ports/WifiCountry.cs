namespace EspAtNano.Engine.Ports
{
    /// <summary>AT+CWCOUNTRY's fields: the regulatory domain the radio keeps to.</summary>
    public sealed class WifiCountry
    {
        /// <summary>0: follow the AP's country; 1: keep this one.</summary>
        public readonly int Policy;

        /// <summary>ISO 3166-1 alpha-2 (up to 3 characters).</summary>
        public readonly string Code;

        public readonly int StartChannel;
        public readonly int ChannelCount;

        public WifiCountry(int policy, string code, int startChannel, int channelCount)
        {
            Policy = policy;
            Code = code;
            StartChannel = startChannel;
            ChannelCount = channelCount;
        }
    }
}
