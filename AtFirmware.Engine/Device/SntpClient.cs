using System;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Device
{
    /// <summary>
    /// A managed SNTP client, as AT+CIPSNTPCFG/AT+CIPSNTPINTV drive it. It replaces the
    /// platform's lwIP client for two reasons (issue 10): nanoFramework's native Sntp.Server1/2
    /// setters hand lwIP a pointer into the managed string, which the heap compaction moves, and
    /// the ESP32 firmware starts lwIP's client with its own defaults at the first IP address,
    /// after which a start with the host's servers is refused. Here the names stay managed
    /// strings, any number up to ESP-AT's three are asked in turn, and nothing runs until the
    /// host enables SNTP. This class asks and sets; SntpSchedule decides when.
    /// </summary>
    internal sealed class SntpClient
    {
        /// <summary>The servers asked when the host names none.</summary>
        public static readonly string[] DefaultServers = { "0.pool.ntp.org", "1.pool.ntp.org", "2.pool.ntp.org" };

        /// <summary>As ESP-AT.</summary>
        public const int MaxServers = 3;

        /// <summary>How long one server is waited for.</summary>
        public const int ReplyTimeoutMs = 3000;

        private readonly object _sync = new object();
        private readonly ISntpTransport _transport;
        private readonly IClockSetter _clock;
        private readonly ITickSource _ticks;
        private readonly ILog _log;
        private readonly byte[] _reply = new byte[SntpPacket.Length * 2];
        private string[] _servers = DefaultServers;
        private bool _enabled;
        private bool _synchronised;
        private int _next;
        private long _nonce;

        public SntpClient(ISntpTransport transport, IClockSetter clock, ITickSource ticks, ILog log)
        {
            _transport = transport;
            _clock = clock;
            _ticks = ticks;
            _log = log;
        }

        /// <summary>True once a server's time was set since SNTP was last enabled.</summary>
        public bool IsSynchronised
        {
            get
            {
                lock (_sync)
                {
                    return _synchronised;
                }
            }
        }

        public bool IsEnabled
        {
            get
            {
                lock (_sync)
                {
                    return _enabled;
                }
            }
        }

        /// <summary>AT+CIPSNTPCFG: on with these servers (none: the defaults; at most MaxServers are used), or off.</summary>
        public void Configure(bool enabled, string[] servers)
        {
            lock (_sync)
            {
                _enabled = enabled;
                _synchronised = false;
                _servers = servers == null || servers.Length == 0 ? DefaultServers : Copy(servers);
                _next = 0;
            }
        }

        /// <summary>
        /// One round: asks the servers in turn, starting after the one that answered last time,
        /// until one gives a valid time, which then sets the clock. True when one did.
        /// </summary>
        public bool SyncOnce()
        {
            string[] servers;
            int first;
            lock (_sync)
            {
                if (!_enabled)
                {
                    return false;
                }
                servers = _servers;
                first = _next;
            }
            for (int i = 0; i < servers.Length; i++)
            {
                int index = (first + i) % servers.Length;
                if (Ask(servers[index]))
                {
                    lock (_sync)
                    {
                        if (_servers == servers && _enabled)
                        {
                            _synchronised = true;
                            _next = index;
                        }
                    }
                    return true;
                }
            }
            return false;
        }

        private bool Ask(string server)
        {
            long nonce;
            lock (_sync)
            {
                nonce = ++_nonce ^ (_ticks.Milliseconds << 20);
            }
            try
            {
                long sent = _ticks.Milliseconds;
                int length = _transport.Exchange(server, SntpPacket.Request(nonce), _reply, ReplyTimeoutMs);
                long roundTrip = _ticks.Milliseconds - sent;
                if (length <= 0)
                {
                    _log.Write("sntp: no reply from " + server + " within " + ReplyTimeoutMs.ToString() + " ms");
                    return false;
                }
                string problem = SntpPacket.Check(_reply, length, nonce);
                if (problem != null)
                {
                    _log.Write("sntp: " + server + ": " + problem);
                    return false;
                }
                // The server's time is about half a round trip old when it arrives.
                DateTime utc = SntpPacket.TransmitTime(_reply).AddMilliseconds(roundTrip / 2);
                if (!_clock.SetUtc(utc))
                {
                    _log.Write("sntp: the clock refused the time from " + server);
                    return false;
                }
                return true;
            }
            catch (Exception e)
            {
                _log.Write("sntp: " + server + ": " + Failure.Describe(e));
                return false;
            }
        }

        private static string[] Copy(string[] servers)
        {
            int count = servers.Length < MaxServers ? servers.Length : MaxServers;
            string[] copy = new string[count];
            Array.Copy(servers, copy, count);
            return copy;
        }
    }
}
