namespace EspAtNano.Engine.Ports
{
    /// <summary>AT+CIPDOMAIN's &lt;ip network&gt;: which addresses a lookup returns.</summary>
    public enum AddressFamilyChoice
    {
        /// <summary>IPv4 addresses first, IPv6 when there is no IPv4 address.</summary>
        PreferIpv4 = 1,
        Ipv4Only = 2,
        Ipv6Only = 3,
    }
}
