namespace EspAtNano.Engine.Ports
{
    /// <summary>The station's IPv4 address, gateway and netmask as dotted quads ("0.0.0.0" where it has none).</summary>
    public sealed class StationAddresses
    {
        public const string Unset = "0.0.0.0";

        public static readonly StationAddresses None = new StationAddresses(Unset, Unset, Unset);

        public readonly string Ip;
        public readonly string Gateway;
        public readonly string Netmask;

        public StationAddresses(string ip, string gateway, string netmask)
        {
            Ip = ip;
            Gateway = gateway;
            Netmask = netmask;
        }
    }
}
