using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands.Basic
{
    /// <summary>
    /// The board commands of docs/commands/basic.md that need a platform port (AT+UART_CUR/_DEF,
    /// AT+SYSRAM, AT+SLEEP, AT+SYSTIMESTAMP), offered as far as the platform has the port, and
    /// what a restart does to the settings behind them.
    /// </summary>
    internal sealed class SystemCommandSet
    {
        private readonly ModulePorts _ports;
        private readonly RememberedNumber _sleepMode;

        internal SystemCommandSet(ModulePorts ports)
        {
            _ports = ports;
            if (ports.Sleep != null)
            {
                _sleepMode = new RememberedNumber(ports.Sleep.PowerUpMode);
            }
        }

        internal void AddTo(CommandTable table)
        {
            table.Add(new RestoreCommand());
            if (_ports.UartControl != null)
            {
                table.Add(new UartCommand(_ports.UartControl, _ports.Log, false));
                table.Add(new UartCommand(_ports.UartControl, _ports.Log, true));
            }
            if (_ports.SystemInfo != null)
            {
                table.Add(new SystemRamCommand(_ports.SystemInfo, _ports.Log));
            }
            if (_ports.Sleep != null)
            {
                table.Add(new SleepCommand(_ports.Sleep, _sleepMode, _ports.Log));
            }
            if (_ports.TimeSync != null)
            {
                table.Add(new TimestampCommand(_ports.Clock, _ports.TimeSync, _ports.Log));
            }
        }

        /// <summary>AT+RESTORE: the stored UART settings go; the next power-up uses the factory ones.</summary>
        internal void ForgetStoredSettings()
        {
            if (_ports.UartControl == null)
            {
                return;
            }
            SettingResult result = _ports.UartControl.ForgetSaved();
            if (!result.IsApplied)
            {
                _ports.Log.Write("AT+RESTORE: the stored UART settings stay: " + result.Reason);
            }
        }

        /// <summary>
        /// A restart in software does what power-up does: the line goes back to its stored
        /// settings (AT+UART_CUR's last until a restart) and the sleep mode to its power-up one.
        /// Call it before anything is written after the restart.
        /// </summary>
        internal void PowerUp()
        {
            if (_ports.UartControl != null)
            {
                _ports.UartControl.Apply(_ports.UartControl.Saved);
            }
            if (_ports.Sleep != null)
            {
                _sleepMode.Restore();
                SettingResult result = _ports.Sleep.SetMode(_sleepMode.Value);
                if (!result.IsApplied)
                {
                    _ports.Log.Write("restart: sleep mode " + _sleepMode.Value.ToString() + ": " + result.Reason);
                }
            }
        }
    }
}
