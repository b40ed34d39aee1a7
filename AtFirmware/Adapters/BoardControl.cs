using System;
using System.Threading;
using EspAtNano.Engine.Device;
using EspAtNano.Engine.Ports;
using nanoFramework.Runtime.Native;

namespace EspAtNano.Firmware
{
    /// <summary>ISystemControl: AT+RST reboots the board, after the OK the engine just wrote has left the UART.</summary>
    internal sealed class BoardControl : ISystemControl
    {
        /// <summary>Enough for a full transmit queue at 115200 baud.</summary>
        private const int DrainTimeoutMs = 1000;

        /// <summary>The port's hardware FIFO (128 bytes) still sends after Write returned: about 11 ms at 115200 baud.</summary>
        private const int FifoDrainMs = 20;

        private readonly UartTransmitQueue _uart;
        private readonly ILog _log;

        public BoardControl(UartTransmitQueue uart, ILog log)
        {
            _uart = uart;
            _log = log;
        }

        public void Restart()
        {
            try
            {
                _uart.Drain(DrainTimeoutMs);
                Thread.Sleep(FifoDrainMs);
                _log.Write("AT+RST: rebooting");
                Power.RebootDevice();
            }
            catch (Exception e)
            {
                // Returning makes the engine restart itself in software and print ready: still a restart to the host.
                _log.Write("AT+RST: reboot failed, restarting in software: " + Failure.Describe(e));
            }
        }
    }
}
