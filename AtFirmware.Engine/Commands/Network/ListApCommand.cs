using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// AT+CWLAP and AT+CWLAP=[&lt;"ssid"&gt;][,&lt;"mac"&gt;][,&lt;channel&gt;][,&lt;scan_type&gt;][,&lt;scan_time_min&gt;][,&lt;scan_time_max&gt;]
    /// (docs/commands/wifi-and-time.md): one +CWLAP:(...) line per AP, strongest first, filtered and trimmed by
    /// AT+CWLAPOPT. The scan blocks, so it runs in the background. The set form filters what the scan found; a
    /// passive scan or scan times other than the default are refused (ERROR), as the ports cannot shape the scan.
    /// </summary>
    internal sealed class ListApCommand : AtCommand, IBackgroundJob
    {
        /// <summary>A full active scan takes about 120 ms a channel; this bounds a platform that hangs.</summary>
        internal const int ScanTimeoutMs = 10000;
        private const int LastChannel = 14;
        private const int MaxScanTimeMs = 1500;
        private const int MacTextLength = 17;

        /// <summary>freq_offset and freqcal_val, reserved items ESP-AT prints as -1.</summary>
        private const int Reserved = -1;

        private static readonly byte[] LinePrefix = AsciiText.GetBytes("+CWLAP:(");
        private static readonly byte[] LineEnd = AsciiText.GetBytes(")\r\n");

        private readonly WifiStation _station;
        private readonly IWifiPort _port;
        private readonly ApListOptions _options;
        private readonly ILog _log;
        private byte[] _ssid;
        private string _bssid;
        private int _channel;

        internal ListApCommand(WifiStation station, IWifiPort port, ApListOptions options, ILog log)
            : base("+CWLAP", CommandForms.Set | CommandForms.Execute)
        {
            _station = station;
            _port = port;
            _options = options;
            _log = log;
        }

        internal override void Execute(CommandContext context)
        {
            if (!_station.IsStationUp)
            {
                context.Response.ErrorPlain();
                return;
            }
            _ssid = null;
            _bssid = null;
            _channel = 0;
            context.RunInBackground(this);
        }

        internal override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            if (!_station.IsStationUp)
            {
                r.ErrorPlain();
                return;
            }
            byte[] mac = null;
            int scanType, minTime, maxTime;
            _ssid = null;
            if (!ArgumentReader.Count(r, p, 1, 6)
                || (!p.IsOmitted(0) && !ArgumentReader.String(r, p, 0, JoinApCommand.MaxSsidLength, out _ssid))
                || (!p.IsOmitted(1) && !ArgumentReader.String(r, p, 1, MacTextLength, out mac))
                || !ArgumentReader.OptionalInt(r, p, 2, 0, LastChannel, 0, out _channel)
                || !ArgumentReader.OptionalInt(r, p, 3, 0, 1, 0, out scanType)
                || !ArgumentReader.OptionalInt(r, p, 4, 0, MaxScanTimeMs, 0, out minTime)
                || !ArgumentReader.OptionalInt(r, p, 5, 0, MaxScanTimeMs, 0, out maxTime))
            {
                return;
            }
            if (scanType != 0 || minTime != 0 || maxTime != 0)
            {
                _log.Write("wifi: this module scans actively with the default times only");
                r.ErrorPlain();
                return;
            }
            // Any case matches; a malformed address matches no AP.
            _bssid = mac == null ? null : AsciiText.GetString(mac).ToLower();
            context.RunInBackground(this);
        }

        void IBackgroundJob.Run(Response response)
        {
            ScanResult result = _port.Scan(ScanTimeoutMs);
            if (!result.IsDone)
            {
                _log.Write("wifi: scan failed: " + result.Reason);
                response.ErrorPlain();
                return;
            }
            AccessPoint[] aps = StrongestFirst(result.AccessPoints);
            for (int i = 0; i < aps.Length; i++)
            {
                if (IsAsked(aps[i]) && _options.Shows(aps[i]))
                {
                    AppendLine(response.Buffer, aps[i]);
                }
            }
            response.Ok();
        }

        private bool IsAsked(AccessPoint ap)
        {
            return (_ssid == null || AsciiText.SameBytes(_ssid, ap.Ssid))
                && (_bssid == null || _bssid == ap.Bssid)
                && (_channel == 0 || _channel == ap.Channel);
        }

        private void AppendLine(ByteBuffer b, AccessPoint ap)
        {
            b.Append(LinePrefix);
            int mask = _options.PrintMask;
            bool first = true;
            for (int field = 0; field <= 10; field++)
            {
                if ((mask & (1 << field)) == 0)
                {
                    continue;
                }
                if (!first)
                {
                    b.Append((byte)',');
                }
                first = false;
                AppendField(b, ap, field);
            }
            b.Append(LineEnd);
        }

        private static void AppendField(ByteBuffer b, AccessPoint ap, int field)
        {
            switch (field)
            {
                case 0: b.AppendDecimal(ap.Ecn); break;
                case 1: b.Append((byte)'"').Append(ap.Ssid).Append((byte)'"'); break;
                case 2: b.AppendDecimal(ap.Rssi); break;
                case 3: b.Append((byte)'"').Append(ap.Bssid).Append((byte)'"'); break;
                case 4: b.AppendDecimal(ap.Channel); break;
                case 5:
                case 6: b.AppendDecimal(Reserved); break;
                case 7: b.AppendDecimal(ap.PairwiseCipher); break;
                case 8: b.AppendDecimal(ap.GroupCipher); break;
                case 9: b.AppendDecimal(ap.Protocols); break;
                default: b.AppendDecimal(ap.Wps ? 1 : 0); break;
            }
        }

        /// <summary>ESP-IDF hands the records over strongest first; a stable insertion sort keeps ties in scan order.</summary>
        private static AccessPoint[] StrongestFirst(AccessPoint[] found)
        {
            AccessPoint[] sorted = new AccessPoint[found.Length];
            for (int i = 0; i < found.Length; i++)
            {
                AccessPoint ap = found[i];
                int j = i;
                while (j > 0 && sorted[j - 1].Rssi < ap.Rssi)
                {
                    sorted[j] = sorted[j - 1];
                    j--;
                }
                sorted[j] = ap;
            }
            return sorted;
        }
    }
}
