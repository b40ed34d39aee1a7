using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// AT+CWJAP="ssid","pwd" and AT+CWJAP?. The join runs in the background; its events are
    /// printed in the answer: WIFI CONNECTED, WIFI GOT IP, OK, or +CWJAP:&lt;code&gt; and ERROR (docs/commands/wifi-and-time.md).
    /// </summary>
    internal sealed class JoinApCommand : AtCommand, IBackgroundJob
    {
        /// <summary>ESP-AT's default jap_timeout.</summary>
        internal const int JoinTimeoutMs = 15000;
        internal const int MaxSsidLength = 32;
        internal const int MaxPasswordLength = 64;

        private static readonly byte[] QueryPrefix = AsciiText.GetBytes("+CWJAP:\"");
        private static readonly byte[] FailurePrefix = AsciiText.GetBytes("+CWJAP:");
        private static readonly byte[] NoAp = AsciiText.GetBytes("No AP\r\n");

        private readonly WifiStation _station;
        private readonly ILog _log;
        private byte[] _ssid;
        private byte[] _password;

        internal JoinApCommand(WifiStation station, ILog log) : base("+CWJAP", CommandForms.Query | CommandForms.Set)
        {
            _station = station;
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

        internal override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            if (!_station.IsStationUp)
            {
                r.ErrorPlain();
                return;
            }
            if (!ArgumentReader.Count(r, p, 2, 2) || !ArgumentReader.String(r, p, 0, MaxSsidLength, out _ssid)
                || !ArgumentReader.String(r, p, 1, MaxPasswordLength, out _password))
            {
                return;
            }
            if (_ssid.Length == 0)
            {
                r.Error(ErrorCode.ParameterInvalid(0));
                return;
            }
            context.RunInBackground(this);
        }

        void IBackgroundJob.Run(Response response)
        {
            bool wasJoined;
            JoinResult result = _station.Join(_ssid, _password, JoinTimeoutMs, out wasJoined);
            ByteBuffer b = response.Buffer;
            if (wasJoined)
            {
                b.Append(WifiStation.DisconnectLine);
            }
            if (result.IsJoined)
            {
                b.Append(WifiStation.ConnectedLine).Append(WifiStation.GotIpLine);
                response.Ok();
                return;
            }
            // The +CWJAP line is what tells the host why; firmware adds no ERR CODE line.
            _log.Write("wifi: joining failed (+CWJAP:" + ((int)result.Outcome).ToString() + "): " + result.Detail);
            b.Append(FailurePrefix).AppendDecimal((int)result.Outcome).Append(ResultCodes.NewLine);
            response.ErrorPlain();
        }
    }
}
