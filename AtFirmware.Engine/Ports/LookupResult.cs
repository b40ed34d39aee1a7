namespace EspAtNano.Engine.Ports
{
    /// <summary>The addresses a name resolved to (at least one), or why it did not resolve.</summary>
    public sealed class LookupResult
    {
        public readonly bool IsFound;
        /// <summary>IPv4 dotted quads or IPv6 text, in the resolver's order.</summary>
        public readonly string[] Addresses;
        public readonly string Reason;

        private LookupResult(bool found, string[] addresses, string reason)
        {
            IsFound = found;
            Addresses = addresses;
            Reason = reason;
        }

        public static LookupResult Found(string[] addresses)
        {
            if (addresses == null || addresses.Length == 0)
            {
                return NotFound("no address");
            }
            return new LookupResult(true, addresses, "");
        }

        public static LookupResult NotFound(string reason)
        {
            return new LookupResult(false, new string[0], reason ?? "");
        }
    }
}
