using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// AT+CWJAP=[&lt;ssid&gt;],[&lt;pwd&gt;][,&lt;bssid&gt;][,&lt;pci_en&gt;][,&lt;reconn_interval&gt;][,&lt;listen_interval&gt;][,&lt;scan_mode&gt;][,&lt;jap_timeout&gt;][,&lt;pmf&gt;],
    /// AT+CWJAP (the last configuration: the saved AP after power-up) and AT+CWJAP?. The join runs in the background; its
    /// events are printed in the answer: WIFI CONNECTED, WIFI GOT IP, OK, or +CWJAP:&lt;code&gt; and ERROR. A join that
    /// succeeds while AT+SYSSTORE is 1 becomes the saved AP (docs/commands/wifi-and-time.md).
    /// </summary>
    internal sealed class JoinApCommand : AtCommand, IBackgroundJob
    {
        internal const int MaxSsidLength = 32;
        internal const int MaxPasswordLength = 64;

        // The optional parameters, with ESP-AT 3.4's ranges.
        private const int BssidIndex = 2;
        private const int PciIndex = 3;
        private const int ReconnectIndex = 4;
        private const int ListenIndex = 5;
        private const int ScanModeIndex = 6;
        private const int TimeoutIndex = 7;
        private const int PmfIndex = 8;
        private const int MaxReconnectSeconds = 7200;
        private const int MaxListenInterval = 100;
        private const int MinTimeoutSeconds = 3;
        private const int MaxTimeoutSeconds = 600;
        /// <summary>Bit 0 PMF capable, bit 1 PMF required.</summary>
        private const int MaxPmf = 3;
        /// <summary>"aa:bb:cc:dd:ee:ff".</summary>
        private const int BssidLength = 17;

        private static readonly byte[] QueryPrefix = AsciiText.GetBytes("+CWJAP:\"");
        private static readonly byte[] FailurePrefix = AsciiText.GetBytes("+CWJAP:");
        private static readonly byte[] NoAp = AsciiText.GetBytes("No AP\r\n");

        private readonly WifiStation _station;
        private readonly WifiSettings _settings;
        private readonly RememberedNumber _storeMode;
        private readonly ILog _log;
        private byte[] _ssid;
        private byte[] _password;
        private int _timeoutMs;

        internal JoinApCommand(WifiStation station, WifiSettings settings, RememberedNumber storeMode, ILog log)
            : base("+CWJAP", CommandForms.Query | CommandForms.Set | CommandForms.Execute)
        {
            _station = station;
            _settings = settings;
            _storeMode = storeMode;
            _log = log;
        }

        internal override bool IsSecretParameter(int index)
        {
            return index == 1;
        }

        /// <summary>ESP-AT 3.x's layout; the fields after rssi are its defaults, which this module does not change.</summary>
        internal override void Query(CommandContext context)
        {
            ByteBuffer b = context.Response.Buffer;
            WifiStationInfo ap = _station.Current;
            if (ap == null)
            {
                b.Append(NoAp);
            }
            else
            {
                b.Append(QueryPrefix).Append(ap.Ssid).Append("\",\"").Append(ap.Bssid).Append("\",")
                    .AppendDecimal(ap.Channel).Append((byte)',').AppendDecimal(ap.Rssi).Append(",0,1,3,0,1")
                    .Append(ResultCodes.NewLine);
            }
            context.Response.Ok();
        }

        /// <summary>
        /// Joins the last configuration. Without one (no saved AP, no AT+CWJAP since power-up) there is nothing to join:
        /// ERROR at once, as for a join the station cannot start.
        /// </summary>
        internal override void Execute(CommandContext context)
        {
            if (!_station.IsStationUp || _station.LastSsid == null)
            {
                context.Response.ErrorPlain();
                return;
            }
            Start(context, _station.LastSsid, _station.LastPassword, _station.LastTimeoutMs);
        }

        internal override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            if (!_station.IsStationUp)
            {
                r.ErrorPlain();
                return;
            }
            byte[] ssid;
            byte[] password;
            int timeoutSeconds;
            int reconnectSeconds;
            if (!ArgumentReader.Count(r, p, 2, PmfIndex + 1) || !ReadNetwork(r, p, out ssid, out password)
                || !CheckBssid(r, p)
                || !ArgumentReader.OptionalInt(r, p, PciIndex, 0, 1, 0, out _)
                || !ArgumentReader.OptionalInt(r, p, ReconnectIndex, 0, MaxReconnectSeconds, -1, out reconnectSeconds)
                || !ArgumentReader.OptionalInt(r, p, ListenIndex, 1, MaxListenInterval, 3, out _)
                || !ArgumentReader.OptionalInt(r, p, ScanModeIndex, 0, 1, 0, out _)
                || !ArgumentReader.OptionalInt(r, p, TimeoutIndex, MinTimeoutSeconds, MaxTimeoutSeconds,
                    WifiStation.DefaultJoinTimeoutMs / 1000, out timeoutSeconds)
                || !ArgumentReader.OptionalInt(r, p, PmfIndex, 0, MaxPmf, 1, out _))
            {
                return;
            }
            // <reconn_interval> is AT+CWRECONNCFG's interval; only a given one is applied, so a platform without a
            // reconnect policy still joins for a host that leaves it out.
            if (reconnectSeconds >= 0 && !_settings.SetReconnect(reconnectSeconds, _settings.ReconnectRepeatCount))
            {
                r.ErrorPlain();
                return;
            }
            _station.Configure(ssid, password, timeoutSeconds * 1000);
            Start(context, ssid, password, timeoutSeconds * 1000);
        }

        /// <summary>The SSID and password; each one left out is the last configuration's.</summary>
        private bool ReadNetwork(Response r, ParameterList p, out byte[] ssid, out byte[] password)
        {
            password = null;
            if (p.IsOmitted(0))
            {
                ssid = _station.LastSsid;
                if (ssid == null)
                {
                    r.ErrorPlain();
                    return false;
                }
            }
            else if (!ArgumentReader.String(r, p, 0, MaxSsidLength, out ssid))
            {
                return false;
            }
            else if (ssid.Length == 0)
            {
                r.Error(ErrorCode.ParameterInvalid(0));
                return false;
            }
            if (p.IsOmitted(1))
            {
                // A new SSID without a password is an open network.
                password = p.IsOmitted(0) && _station.LastPassword != null ? _station.LastPassword : new byte[0];
                return true;
            }
            return ArgumentReader.String(r, p, 1, MaxPasswordLength, out password);
        }

        /// <summary>
        /// A BSSID must be well formed; the platforms join by SSID, which picks the same AP wherever one AP has that SSID.
        /// </summary>
        private static bool CheckBssid(Response r, ParameterList p)
        {
            byte[] bssid;
            if (p.Count <= BssidIndex || p.IsOmitted(BssidIndex))
            {
                return true;
            }
            if (!ArgumentReader.String(r, p, BssidIndex, BssidLength, out bssid))
            {
                return false;
            }
            if (bssid.Length != 0 && !IsMac(bssid))
            {
                r.Error(ErrorCode.ParameterInvalid(BssidIndex));
                return false;
            }
            return true;
        }

        private static bool IsMac(byte[] text)
        {
            if (text.Length != BssidLength)
            {
                return false;
            }
            for (int i = 0; i < text.Length; i++)
            {
                byte c = text[i];
                bool ok = i % 3 == 2 ? c == ':' : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                if (!ok)
                {
                    return false;
                }
            }
            return true;
        }

        private void Start(CommandContext context, byte[] ssid, byte[] password, int timeoutMs)
        {
            _ssid = ssid;
            _password = password;
            _timeoutMs = timeoutMs;
            context.RunInBackground(this);
        }

        void IBackgroundJob.Run(Response response)
        {
            bool wasJoined;
            JoinResult result = _station.Join(_ssid, _password, _timeoutMs, out wasJoined);
            ByteBuffer b = response.Buffer;
            if (wasJoined)
            {
                b.Append(WifiStation.DisconnectLine);
            }
            if (result.IsJoined)
            {
                Store();
                b.Append(WifiStation.ConnectedLine).Append(WifiStation.GotIpLine);
                response.Ok();
                return;
            }
            // The +CWJAP line is what tells the host why; firmware adds no ERR CODE line.
            _log.Write("wifi: joining failed (+CWJAP:" + ((int)result.Outcome).ToString() + "): " + result.Detail);
            b.Append(FailurePrefix).AppendDecimal((int)result.Outcome).Append(ResultCodes.NewLine);
            response.ErrorPlain();
        }

        /// <summary>With AT+SYSSTORE=1 the AP joined is the one power-up joins; a platform that cannot store it says why in the log.</summary>
        private void Store()
        {
            if (_storeMode.Value == 1)
            {
                _settings.Applied(_settings.Port.SaveAp(new SavedAp(_ssid, _password)), "saved AP");
            }
        }
    }
}
