using System;
using System.IO;
using EspAtNano.Engine.Device;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// AT+UART_DEF's settings in internal storage, next to nf-device-config.json: one line
    /// "baudrate,databits,stopbits,parity,flowcontrol" in AT+UART_DEF's numbering. Written to a
    /// temporary file first and then moved into place, so a power cut mid-write leaves the old
    /// settings (or none), never a half line. Without the file the device configuration applies.
    /// </summary>
    internal sealed class StoredUartSettings
    {
        public const string Path = "I:\\uart_def.txt";
        private const string TemporaryPath = "I:\\uart_def.tmp";

        private readonly ILog _log;

        public StoredUartSettings(ILog log)
        {
            _log = log;
        }

        /// <summary>The stored settings, or null (none stored, or unreadable: then logged).</summary>
        public UartSettings Load()
        {
            try
            {
                if (!File.Exists(Path))
                {
                    return null;
                }
                string[] fields = File.ReadAllText(Path).Trim().Split(',');
                int[] values = new int[5];
                if (fields.Length != values.Length)
                {
                    _log.Write("uart: " + Path + " is not five numbers; the configured settings apply");
                    return null;
                }
                for (int i = 0; i < values.Length; i++)
                {
                    if (!int.TryParse(fields[i], out values[i]))
                    {
                        _log.Write("uart: " + Path + " is not five numbers; the configured settings apply");
                        return null;
                    }
                }
                if (!Within(values[0], 80, 5000000) || !Within(values[1], 5, 8) || !Within(values[2], 1, 3)
                    || !Within(values[3], 0, 2) || !Within(values[4], 0, 3))
                {
                    _log.Write("uart: " + Path + " holds settings out of range; the configured settings apply");
                    return null;
                }
                return new UartSettings(values[0], values[1], values[2], values[3], values[4]);
            }
            catch (Exception e)
            {
                _log.Write("uart: cannot read " + Path + ": " + Failure.Describe(e));
                return null;
            }
        }

        private static bool Within(int value, int min, int max)
        {
            return value >= min && value <= max;
        }

        public SettingResult Save(UartSettings s)
        {
            try
            {
                File.WriteAllText(TemporaryPath, s.BaudRate.ToString() + "," + s.DataBits.ToString() + "," + s.StopBits.ToString()
                    + "," + s.Parity.ToString() + "," + s.FlowControl.ToString());
                if (File.Exists(Path))
                {
                    File.Delete(Path);
                }
                File.Move(TemporaryPath, Path);
                return SettingResult.Applied;
            }
            catch (Exception e)
            {
                return SettingResult.Refused("cannot write " + Path + ": " + Failure.Describe(e));
            }
        }

        public SettingResult Forget()
        {
            try
            {
                if (File.Exists(Path))
                {
                    File.Delete(Path);
                }
                return SettingResult.Applied;
            }
            catch (Exception e)
            {
                return SettingResult.Refused("cannot delete " + Path + ": " + Failure.Describe(e));
            }
        }
    }
}
