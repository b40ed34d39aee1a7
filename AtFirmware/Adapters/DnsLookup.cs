using System;
using System.Collections;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// One AT+CIPDOMAIN lookup: System.Net.Dns.GetHostEntry on its own thread, because it has no timeout of its own;
    /// the caller waits only for the host's timeout, and a call that outlives it finishes in the background.
    /// </summary>
    internal sealed class DnsLookup
    {
        private readonly string _name;
        private readonly ManualResetEvent _done = new ManualResetEvent(false);
        private IPAddress[] _found;
        private string _error;

        internal DnsLookup(string name)
        {
            _name = name;
        }

        internal LookupResult Run(AddressFamilyChoice family, int timeoutMs)
        {
            new Thread(Lookup).Start();
            if (!_done.WaitOne(timeoutMs, false))
            {
                return LookupResult.NotFound("no answer within " + timeoutMs.ToString() + " ms");
            }
            if (_error != null)
            {
                return LookupResult.NotFound(_error);
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

        private void Lookup()
        {
            try
            {
                _found = Dns.GetHostEntry(_name).AddressList;
            }
            catch (Exception e)
            {
                _error = Failure.Describe(e);
            }
            _done.Set();
        }
    }
}
