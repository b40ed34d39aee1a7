using System;
using System.IO;
using EspAtNano.Engine.Device;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// AT+UART_DEF's settings in internal storage, next to nf-device-config.json, as
    /// UartSettingsText writes them. Written to a
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
                string problem;
                UartSettings settings = UartSettingsText.Parse(File.ReadAllText(Path), out problem);
                if (settings == null)
                {
                    _log.Write("uart: " + Path + " " + problem + "; the configured settings apply");
                }
                return settings;
            }
            catch (Exception e)
            {
                _log.Write("uart: cannot read " + Path + ": " + Failure.Describe(e));
                return null;
            }
        }

        public SettingResult Save(UartSettings s)
        {
            try
            {
                File.WriteAllText(TemporaryPath, UartSettingsText.Format(s));
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
