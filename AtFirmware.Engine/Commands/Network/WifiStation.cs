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

        internal WifiStation(IWifiPort port, AtOutput output)
        {
            _port = port;
            _output = output;
            // A platform may have joined before the engine existed; AT+CWQAP must still report the leave.
            _toldConnected = port.Current != null;
            _toldGotIp = _toldConnected;
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
