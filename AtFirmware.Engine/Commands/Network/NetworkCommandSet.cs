using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Commands.TcpIp;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// The Wi-Fi and SNTP commands of docs/commands/wifi-and-time.md, offered as far as the platform has the ports for
    /// them, and the state they share, which AT+RST restores.
    /// </summary>
    internal sealed class NetworkCommandSet
    {
        private readonly WifiStation _station;
        private readonly WifiSettings _wifiSettings;
        private readonly ApListOptions _apListOptions = new ApListOptions();
        private readonly SntpConfig _sntp;
        private readonly IClock _clock;
        private readonly ILog _log;

        private readonly RememberedNumber _storeMode;

        /// <param name="storeMode">AT+SYSSTORE: whether a join stores its AP for power-up.</param>
        internal NetworkCommandSet(ModulePorts ports, AtOutput output, RememberedNumber storeMode)
        {
            if (ports.Wifi != null)
            {
                _station = new WifiStation(ports.Wifi, output);
                ports.Wifi.SetListener(_station);
                _wifiSettings = new WifiSettings(ports.Wifi, ports.Log);
            }
            _sntp = new SntpConfig(ports.TimeSync, ports.SntpInterval, ports.Log);
            _clock = ports.Clock;
            _log = ports.Log;
            _storeMode = storeMode;
        }

        internal void AddTo(CommandTable table)
        {
            if (_station != null)
            {
                table.Add(new WifiModeCommand(_station));
                table.Add(new JoinApCommand(_station, _wifiSettings, _storeMode, _log));
                table.Add(new QuitApCommand(_station));
                table.Add(new ListApCommand(_station, _wifiSettings.Port, _apListOptions, _log));
                table.Add(new ApListOptionsCommand(_apListOptions));
                table.Add(new WifiInitCommand(_station));
                table.Add(new WifiStateCommand(_station));
                table.Add(new AutoConnectCommand(_wifiSettings));
                table.Add(new ReconnectConfigCommand(_station, _wifiSettings));
                table.Add(new CountryCommand(_wifiSettings));
                table.Add(new HostNameCommand(_station, _wifiSettings));
                table.Add(new DhcpCommand(_wifiSettings));
                table.Add(new StationIpCommand(_station, _wifiSettings));
                table.Add(new StationMacCommand(_wifiSettings));
                table.Add(new LocalAddressCommand(_station, _wifiSettings));
                table.Add(new ConnectionStatusCommand(_station));
                table.Add(new DnsServerCommand(_wifiSettings));
                table.Add(new DomainLookupCommand(_station, _wifiSettings.Port, _log));
            }
            if (_sntp.IsConfigurable)
            {
                table.Add(new SntpConfigCommand(_sntp));
                table.Add(new SntpIntervalCommand(_sntp));
            }
            table.Add(new SntpTimeCommand(_sntp, _clock));
        }

        /// <summary>After ready (power-up, AT+RST): the station joins its saved AP if auto-connect is on.</summary>
        internal void PowerUp()
        {
            if (_station != null)
            {
                _station.PowerUp();
            }
        }

        /// <summary>AT+RST where the engine restarts itself: the station leaves without a word, as in a reboot.</summary>
        internal void PowerDown()
        {
            if (_station != null)
            {
                _station.PowerDown();
            }
        }

        /// <summary>AT+RESTORE: no saved AP, auto-connect back on (firmware's factory settings).</summary>
        internal void ForgetStoredSettings()
        {
            if (_station != null)
            {
                _wifiSettings.Applied(_wifiSettings.Port.SaveAp(null), "saved AP");
                _wifiSettings.Applied(_wifiSettings.Port.SetAutoConnect(true), "auto-connect");
            }
        }

        internal void RestoreDefaults()
        {
            if (_station != null)
            {
                _station.RestoreDefaults();
                _wifiSettings.RestoreDefaults();
                _apListOptions.RestoreDefaults();
            }
            _sntp.RestoreDefaults();
        }
    }
}
