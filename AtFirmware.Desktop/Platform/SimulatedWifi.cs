using System.Text;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Platform;

/// <summary>
/// A Wi-Fi station in front of the PC's own network: joining only checks the SSID and password
/// against the --wifi list, after a pause like a real association, so a host's join and error
/// handling can be exercised. The simulated APs never go away, so no station events are raised.
/// </summary>
public sealed class SimulatedWifi : IWifiPort
{
    private const int JoinDelayMs = 200;
    private const string Bssid = "02:00:00:00:00:01";
    private const int Channel = 6;
    private const int Rssi = -40;


    private readonly IReadOnlyList<WifiNetwork> _networks;
    private readonly ILog _log;
    private volatile WifiStationInfo? _current;

    public SimulatedWifi(IReadOnlyList<WifiNetwork> networks, ILog log)
    {
        _networks = networks;
        _log = log;
    }

    public WifiStationInfo? Current { get { return _current; } }

    public void SetListener(IWifiListener listener)
    {
    }

    public JoinResult Join(byte[] ssid, byte[] password, int timeoutMs)
    {
        // As on the ESP32, a new join first leaves the AP the station was on.
        _current = null;
        string name = Encoding.UTF8.GetString(ssid);
        if (timeoutMs < JoinDelayMs)
        {
            Thread.Sleep(timeoutMs);
            return Result(name, JoinOutcome.Timeout, "timed out");
        }
        Thread.Sleep(JoinDelayMs);
        WifiNetwork? network = _networks.FirstOrDefault(n => Encoding.UTF8.GetBytes(n.Ssid).AsSpan().SequenceEqual(ssid));
        if (network == null)
        {
            return Result(name, JoinOutcome.ApNotFound, "no such AP");
        }
        if (!Encoding.UTF8.GetBytes(network.Password).AsSpan().SequenceEqual(password))
        {
            return Result(name, JoinOutcome.WrongPassword, "wrong password");
        }
        _current = new WifiStationInfo { Ssid = ssid, Bssid = Bssid, Channel = Channel, Rssi = Rssi };
        return Result(name, JoinOutcome.Joined, "joined");
    }

    public void Leave()
    {
        _current = null;
    }

    private JoinResult Result(string ssid, JoinOutcome outcome, string what)
    {
        _log.Write("wifi: join \"" + ssid + "\": " + what);
        return new JoinResult(outcome, what);
    }
}
