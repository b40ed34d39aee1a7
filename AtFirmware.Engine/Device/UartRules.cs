using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Device
{
    /// <summary>What the ESP32's UART driver can do with AT+UART_CUR/DEF's settings, decided without the port.</summary>
    internal static class UartRules
    {
        /// <summary>Characters the UART's hardware transmit FIFO holds after the driver took the last byte.</summary>
        public const int FifoCharacters = 128;

        /// <summary>
        /// Whether the driver can run these settings: its handshake switches RTS and CTS together
        /// (flow control 0 or 3 only), and 3 needs the RTS/CTS pins mapped at boot.
        /// </summary>
        public static SettingResult Check(UartSettings settings, bool flowPinsMapped)
        {
            if (settings.FlowControl == 1 || settings.FlowControl == 2)
            {
                return SettingResult.Refused("the ESP32 driver switches RTS and CTS together: flow control 0 or 3 only");
            }
            if (settings.FlowControl == 3 && !flowPinsMapped)
            {
                return SettingResult.Refused("no RTS/CTS pins: set uart flowControl to rtscts in nf-device-config.json");
            }
            return SettingResult.Applied;
        }

        /// <summary>
        /// The settings to open the port with at boot: the stored AT+UART_DEF ones, unless there
        /// are none or they ask for RTS/CTS on a board configured without those pins.
        /// </summary>
        public static UartSettings PowerUp(UartSettings stored, UartSettings configured, bool flowPinsMapped)
        {
            if (stored == null || (stored.FlowControl != 0 && !flowPinsMapped))
            {
                return configured;
            }
            return stored;
        }

        /// <summary>How long the FIFO takes to empty at <paramref name="baudRate"/> (10 bits a character), plus a millisecond.</summary>
        public static int FifoDrainMs(int baudRate)
        {
            return 1 + FifoCharacters * 10 * 1000 / (baudRate < 1 ? 1 : baudRate);
        }
    }
}
