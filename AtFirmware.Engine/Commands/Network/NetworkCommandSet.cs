namespace EspAtNano.Engine
{
    /// <summary>
    /// The Wi-Fi and SNTP commands of SPEC §5, offered as far as the platform has the ports for
    /// them, and the state they share, which AT+RST restores.
    /// </summary>
    public sealed class NetworkCommandSet
    {
        private readonly WifiStation _station;
        private readonly SntpConfig _sntp;

        public NetworkCommandSet(ModulePorts ports, AtOutput output)
        {
            if (ports.Wifi != null)
            {
                _station = new WifiStation(ports.Wifi, output);
                ports.Wifi.SetListener(_station);
            }
            _sntp = new SntpConfig(ports.TimeSync);
        }

        public void AddTo(CommandTable table)
        {
            if (_station != null)
            {
                table.Add(new WifiModeCommand(_station));
                table.Add(new JoinApCommand(_station));
                table.Add(new QuitApCommand(_station));
            }
            if (_sntp.IsConfigurable)
            {
                table.Add(new SntpConfigCommand(_sntp));
            }
            table.Add(new SntpTimeCommand(_sntp));
        }

        public void RestoreDefaults()
        {
            if (_station != null)
            {
                _station.RestoreDefaults();
            }
            _sntp.RestoreDefaults();
        }
    }
}
