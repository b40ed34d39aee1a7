using System.Collections;
using System.Net;
using System.Net.Sockets;
using EspAtNano.Engine.Device;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// One AT+CIPDOMAIN lookup: System.Net.Dns.GetHostEntry, which has no timeout of its own, run
    /// as a BoundedCall, so the caller waits only for the host's timeout.
    /// </summary>
    internal sealed class DnsLookup : IBlockingWork
    {
        private readonly string _name;
        private IPAddress[] _found;

        internal DnsLookup(string name)
        {
            _name = name;
        }

        internal LookupResult Run(AddressFamilyChoice family, int timeoutMs)
        {
            BoundedCall call = new BoundedCall(this);
            if (!call.Run(timeoutMs))
            {
                return LookupResult.NotFound("no answer within " + timeoutMs.ToString() + " ms");
            }
            if (call.Failure != null)
            {
                return LookupResult.NotFound(Failure.Describe(call.Failure));
            }
            string[] v4 = OfFamily(AddressFamily.InterNetwork);
            string[] v6 = OfFamily(AddressFamily.InterNetworkV6);
            if (family == AddressFamilyChoice.Ipv4Only)
            {
                return LookupResult.Found(v4);
            }
            if (family == AddressFamilyChoice.Ipv6Only)
            {
                return LookupResult.Found(v6);
            }
            return LookupResult.Found(v4.Length > 0 ? v4 : v6);
        }

        public void Run()
        {
            _found = Dns.GetHostEntry(_name).AddressList;
        }

        /// <summary>A late answer holds nothing to release.</summary>
        public void Discard()
        {
        }

        private string[] OfFamily(AddressFamily family)
        {
            ArrayList texts = new ArrayList();
            for (int i = 0; _found != null && i < _found.Length; i++)
            {
                if (_found[i].AddressFamily == family)
                {
                    texts.Add(_found[i].ToString());
                }
            }
            return (string[])texts.ToArray(typeof(string));
        }
    }
}
