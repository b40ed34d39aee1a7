using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// The station as the host sees it: the Wi-Fi mode and what it has been told about the link.
    /// Station events become URCs only when they change what the host was told, so an adapter
    /// that also reports the joins and leaves the commands asked for (now or a little later)
    /// prints nothing twice; during AT+CWJAP the events are the command's to print. Lock order:
    /// this station, then the output.
    /// </summary>
    internal sealed class WifiStation : IWifiListener
    {
        internal const int ModeOff = 0;
        internal const int ModeStation = 1;

        /// <summary>AT+CWSTATE's states. 3, connecting, is never seen: a join holds the command line (busy p...).</summary>
        internal const int StateIdle = 0;
        internal const int StateConnectedNoIp = 1;
        internal const int StateGotIp = 2;
        internal const int StateDisconnected = 4;

        private static readonly byte[] NoSsid = new byte[0];

        internal static readonly byte[] ConnectedLine = AsciiText.GetBytes("WIFI CONNECTED\r\n");
        internal static readonly byte[] GotIpLine = AsciiText.GetBytes("WIFI GOT IP\r\n");
        internal static readonly byte[] DisconnectLine = AsciiText.GetBytes("WIFI DISCONNECT\r\n");

        private readonly object _sync = new object();
        private readonly IWifiPort _port;
        private readonly AtOutput _output;
        private int _mode = ModeStation;
        private bool _toldConnected;
        private bool _toldGotIp;
        private bool _joining;
        private bool _initialised = true;
        /// <summary>The AP the station joined or tried to join last, for AT+CWSTATE; null once it left on purpose.</summary>
        private byte[] _target;
        /// <summary>
        /// Firmware's "last Wi-Fi configuration", which a bare AT+CWJAP joins: what AT+CWJAP tried last, or the saved AP
        /// after power-up. Changed by commands on the input thread only.
        /// </summary>
        private byte[] _lastSsid;
        private byte[] _lastPassword;
        private int _lastTimeoutMs = DefaultJoinTimeoutMs;

        /// <summary>ESP-AT's default jap_timeout.</summary>
        internal const int DefaultJoinTimeoutMs = 15000;

        internal WifiStation(IWifiPort port, AtOutput output)
        {
            _port = port;
            _output = output;
            // A platform may have joined before the engine existed; AT+CWQAP must still report the leave.
            _toldConnected = port.Current != null;
            _toldGotIp = _toldConnected;
            LoadSavedAp();
        }

        /// <summary>Changed by commands on the input thread only.</summary>
        internal int Mode { get { return _mode; } }

        /// <summary>The AP the station is joined to, or null.</summary>
        internal WifiStationInfo Current { get { return _port.Current; } }

        /// <summary>AT+CWINIT: whether the Wi-Fi driver is up (firmware: yes, also after a restart).</summary>
        internal bool IsInitialised { get { return _initialised; } }

        /// <summary>Whether the station can join: Wi-Fi driver up and station mode.</summary>
        internal bool IsStationUp { get { return _initialised && _mode == ModeStation; } }

        /// <summary>AT+CWINIT=0/1; taking the driver down leaves the AP. True when the host must be told WIFI DISCONNECT.</summary>
        internal bool SetInitialised(bool initialised)
        {
            _initialised = initialised;
            return initialised ? false : Leave();
        }

        /// <summary>AT+CWSTATE's &lt;state&gt; and the SSID it is about ("" when none).</summary>
        internal int State(out byte[] ssid)
        {
            WifiStationInfo current = _port.Current;
            if (current != null)
            {
                ssid = current.Ssid;
                return StateGotIp;
            }
            lock (_sync)
            {
                ssid = _target != null ? _target : NoSsid;
                if (_toldConnected)
                {
                    return StateConnectedNoIp;
                }
                return _target != null ? StateDisconnected : StateIdle;
            }
        }

        /// <summary>AT+CWMODE; Wi-Fi off leaves the AP. True when the host must be told WIFI DISCONNECT.</summary>
        internal bool SetMode(int mode)
        {
            _mode = mode;
            if (mode == ModeOff)
            {
                return Leave();
            }
            return false;
        }

        /// <summary>Whether the station could join its saved AP now: it is up and has one.</summary>
        internal bool CanJoinSavedAp { get { return IsStationUp && _port.SavedAp != null; } }

        /// <summary>Starts the saved AP's join in the background; its events reach the host as URCs.</summary>
        internal void JoinSavedAp()
        {
            _port.JoinSavedAp();
        }

        /// <summary>The SSID a bare AT+CWJAP joins, or null when the module has no Wi-Fi configuration yet.</summary>
        internal byte[] LastSsid { get { return _lastSsid; } }

        internal byte[] LastPassword { get { return _lastPassword; } }

        /// <summary>The last jap_timeout, which a bare AT+CWJAP uses too.</summary>
        internal int LastTimeoutMs { get { return _lastTimeoutMs; } }

        /// <summary>AT+CWJAP=...: the configuration the station tries from now on, also for a bare AT+CWJAP.</summary>
        internal void Configure(byte[] ssid, byte[] password, int timeoutMs)
        {
            _lastSsid = ssid;
            _lastPassword = password;
            _lastTimeoutMs = timeoutMs;
        }

        /// <summary>
        /// After ready, at power-up and after AT+RST: the configuration is the saved AP's, which the station joins in
        /// the background when auto-connect is on (a platform that joined before the engine existed is left as it is).
        /// </summary>
        internal void PowerUp()
        {
            SavedAp saved = LoadSavedAp();
            if (saved != null && IsStationUp && _port.AutoConnect && _port.Current == null)
            {
                _port.JoinSavedAp();
            }
        }

        /// <summary>The saved AP becomes the last configuration, as at boot.</summary>
        private SavedAp LoadSavedAp()
        {
            SavedAp saved = _port.SavedAp;
            _lastSsid = saved != null ? saved.Ssid : null;
            _lastPassword = saved != null ? saved.Password : null;
            _lastTimeoutMs = DefaultJoinTimeoutMs;
            return saved;
        }

        /// <summary>AT+RST on a platform where the engine restarts itself: the link goes without a word, as the radio does in a reboot.</summary>
        internal void PowerDown()
        {
            lock (_sync)
            {
                ForgetLink();
                _target = null;
            }
            _port.Leave();
        }

        /// <summary>AT+RST: firmware boots in station mode.</summary>
        internal void RestoreDefaults()
        {
            _mode = ModeStation;
            _initialised = true;
        }

        /// <summary>
        /// Joins, blocking up to <paramref name="timeoutMs"/>. On success the host counts as told
        /// WIFI CONNECTED and WIFI GOT IP, which the caller prints.
        /// </summary>
        /// <param name="wasJoined">The host had been told the station was joined: WIFI DISCONNECT comes first.</param>
        internal JoinResult Join(byte[] ssid, byte[] password, int timeoutMs, out bool wasJoined)
        {
            lock (_sync)
            {
                wasJoined = ForgetLink();
                _joining = true;
                _target = ssid;
            }
            bool joined = false;
            try
            {
                JoinResult result = _port.Join(ssid, password, timeoutMs);
                joined = result.IsJoined;
                return result;
            }
            finally
            {
                // Also when the adapter throws: a flag left set would silence every later URC.
                lock (_sync)
                {
                    _joining = false;
                    _toldConnected = joined;
                    _toldGotIp = joined;
                }
            }
        }

        /// <summary>Leaves the AP. True when the host had been told it was joined, so WIFI DISCONNECT is due.</summary>
        internal bool Leave()
        {
            bool wasJoined;
            lock (_sync)
            {
                wasJoined = ForgetLink();
                _target = null;
            }
            _port.Leave();
            return wasJoined;
        }

        /// <summary>The answer to a command that left the AP: OK, then the WIFI DISCONNECT URC if it was joined, as firmware orders them.</summary>
        internal static void AnswerLeave(Response response, bool wasJoined)
        {
            response.Ok();
            if (wasJoined)
            {
                response.Buffer.Append(DisconnectLine);
            }
        }

        void IWifiListener.OnWifiConnected()
        {
            lock (_sync)
            {
                if (_joining || _toldConnected)
                {
                    return;
                }
                _toldConnected = true;
                RememberTarget();
                _output.WriteUrc(ConnectedLine);
            }
        }

        void IWifiListener.OnWifiGotIp()
        {
            lock (_sync)
            {
                if (_joining || _toldGotIp)
                {
                    return;
                }
                _toldGotIp = true;
                RememberTarget();
                _output.WriteUrc(GotIpLine);
            }
        }

        void IWifiListener.OnWifiDisconnected()
        {
            lock (_sync)
            {
                if (_joining || !ForgetLink())
                {
                    return;
                }
                _output.WriteUrc(DisconnectLine);
            }
        }

        /// <summary>A join the platform made on its own (at boot, a reconnect): AT+CWSTATE names that AP after it goes. Under the lock.</summary>
        private void RememberTarget()
        {
            WifiStationInfo current = _port.Current;
            if (current != null)
            {
                _target = current.Ssid;
            }
        }

        /// <summary>Marks the link as down for the host; true when the host had been told it was up. Under the lock.</summary>
        private bool ForgetLink()
        {
            bool wasJoined = _toldConnected || _toldGotIp;
            _toldConnected = false;
            _toldGotIp = false;
            return wasJoined;
        }
    }
}
