namespace EspAtNano.Engine.Device
{
    /// <summary>
    /// Which network interface a nanoFramework NetworkChange event is about. System.Net passes the
    /// interface's index as the event's sender (NetworkChange.OnNetworkChangeCallback:
    /// NetworkAvailabilityChanged(networkEvent.Index, args), a boxed ushort), and the ESP32 firmware
    /// numbers its interfaces station 0, soft AP 1, Ethernet 2, OpenThread 3
    /// (nf-interpreter targets/ESP32/_include/NF_ESP32_Network.h, IDF_WIFI_STA_DEF …).
    /// </summary>
    internal static class StationInterface
    {
        public const int Index = 0;

        /// <summary>
        /// True when the event is the station's. A sender of another shape (a runtime that passes
        /// no index) counts as the station's, as every event did before this filter.
        /// </summary>
        public static bool IsStation(object sender)
        {
            if (sender is ushort)
            {
                return (ushort)sender == Index;
            }
            if (sender is int)
            {
                return (int)sender == Index;
            }
            return true;
        }
    }
}
