using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// AT+CWLAPOPT's settings: which AT+CWLAP fields are printed and which APs are shown. Not saved in the flash,
    /// so AT+RST gives back ESP-AT's defaults: every field, every RSSI down to -100 dBm, every auth mode.
    /// </summary>
    internal sealed class ApListOptions
    {
        internal const int AllFields = 0x7FF;
        internal const int LowestRssi = -100;
        internal const int AllAuthModes = 0xFFFF;

        internal int PrintMask = AllFields;
        internal int RssiFilter = LowestRssi;
        internal int AuthModeMask = AllAuthModes;

        /// <summary>Whether AT+CWLAP shows this AP.</summary>
        internal bool Shows(AccessPoint ap)
        {
            return ap.Rssi >= RssiFilter && ap.Ecn >= 0 && ap.Ecn < 16 && (AuthModeMask & (1 << ap.Ecn)) != 0;
        }

        internal void RestoreDefaults()
        {
            PrintMask = AllFields;
            RssiFilter = LowestRssi;
            AuthModeMask = AllAuthModes;
        }
    }
}
