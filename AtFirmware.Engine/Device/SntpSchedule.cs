using System.Threading;

namespace EspAtNano.Engine.Device
{
    /// <summary>
    /// When the SNTP client asks: at once after AT+CIPSNTPCFG or AT+CIPSNTPINTV, then every
    /// interval (ESP-AT's default: an hour); after a round in which no server answered (the
    /// station has no IP yet, say) again after RetryMs. One thread, started on the first Kick.
    /// </summary>
    internal sealed class SntpSchedule
    {
        /// <summary>Pause after a round in which no server answered.</summary>
        public const int RetryMs = 10000;

        private readonly object _sync = new object();
        private readonly SntpClient _client;
        private readonly AutoResetEvent _wake = new AutoResetEvent(false);
        private readonly AutoResetEvent _roundDone = new AutoResetEvent(false);
        private int _intervalMs = 3600 * 1000;
        private bool _started;
        private bool _closed;

        public SntpSchedule(SntpClient client)
        {
            _client = client;
        }

        /// <summary>Set after every round (tests wait on it).</summary>
        public WaitHandle RoundDone
        {
            get { return _roundDone; }
        }

        /// <summary>The configuration changed: a round now (when enabled).</summary>
        public void Kick()
        {
            bool start;
            lock (_sync)
            {
                start = !_started && !_closed;
                _started = true;
            }
            if (start)
            {
                // A new thread starts with a round: a wake as well would end its first pause at once (a second round).
                new Thread(Run).Start();
            }
            else
            {
                _wake.Set();
            }
        }

        /// <summary>Longest pause a wait handle takes (int milliseconds: 24.8 days); longer intervals sync that often.</summary>
        public const int MaxIntervalMs = int.MaxValue;

        /// <summary>AT+CIPSNTPINTV: seconds between synchronisations (1 or more); applies from a round now.</summary>
        public void SetInterval(int seconds)
        {
            lock (_sync)
            {
                _intervalMs = IntervalMs(seconds);
            }
            Kick();
        }

        /// <summary>The pause for an interval in seconds: at least a second, at most MaxIntervalMs.</summary>
        public static int IntervalMs(int seconds)
        {
            if (seconds < 1)
            {
                return 1000;
            }
            return seconds > MaxIntervalMs / 1000 ? MaxIntervalMs : seconds * 1000;
        }

        /// <summary>Ends the thread (tests; the device never stops it).</summary>
        public void Close()
        {
            lock (_sync)
            {
                _closed = true;
            }
            _wake.Set();
        }

        private void Run()
        {
            while (true)
            {
                lock (_sync)
                {
                    if (_closed)
                    {
                        return;
                    }
                }
                if (!_client.IsEnabled)
                {
                    _roundDone.Set();
                    _wake.WaitOne();
                    continue;
                }
                bool synced = _client.SyncOnce();
                int pause;
                lock (_sync)
                {
                    pause = synced ? _intervalMs : RetryMs;
                }
                _roundDone.Set();
                // Kick, SetInterval and Close cut the pause short.
                _wake.WaitOne(pause, false);
            }
        }
    }
}
