using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Device
{
    /// <summary>
    /// AT+UART_DEF's settings as the device stores them: one line "baudrate,databits,stopbits,
    /// parity,flowcontrol" in AT+UART_DEF's numbering. A line that is not five numbers in range
    /// is no settings at all (the configured ones then apply), never a guess.
    /// </summary>
    internal static class UartSettingsText
    {
        public static string Format(UartSettings s)
        {
            return s.BaudRate.ToString() + "," + s.DataBits.ToString() + "," + s.StopBits.ToString() + ","
                + s.Parity.ToString() + "," + s.FlowControl.ToString();
        }

        /// <summary>The settings, or null with <paramref name="problem"/> saying why.</summary>
        public static UartSettings Parse(string text, out string problem)
        {
            string[] fields = text == null ? new string[0] : text.Trim().Split(',');
            int[] values = new int[5];
            if (fields.Length != values.Length)
            {
                problem = "is not five numbers";
                return null;
            }
            for (int i = 0; i < values.Length; i++)
            {
                if (!int.TryParse(fields[i], out values[i]))
                {
                    problem = "is not five numbers";
                    return null;
                }
            }
            // AT+UART_DEF's ranges: baud 80–5000000, data bits 5–8, stop bits 1–3, parity 0–2, flow control 0–3.
            if (!Within(values[0], 80, 5000000) || !Within(values[1], 5, 8) || !Within(values[2], 1, 3)
                || !Within(values[3], 0, 2) || !Within(values[4], 0, 3))
            {
                problem = "holds settings out of range";
                return null;
            }
            problem = null;
            return new UartSettings(values[0], values[1], values[2], values[3], values[4]);
        }

        private static bool Within(int value, int min, int max)
        {
            return value >= min && value <= max;
        }
    }
}
