namespace EspAtNano.Desktop.Platform;

/// <summary>An access point the simulated station can join (--wifi SSID:PASSWORD).</summary>
public sealed record WifiNetwork(string Ssid, string Password);
