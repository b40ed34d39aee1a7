using System;
using System.IO.Ports;
using System.Threading;
using EspAtNano.Engine.Device;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// IUartControl on the AT UART. nanoFramework's SerialPort reconfigures the open port natively
    /// when BaudRate, DataBits, Parity, StopBits or Handshake is set (uart_set_baudrate and friends
    /// on the ESP32), and the ESP32 runs every documented data-bit, stop-bit and parity value.
    /// Flow control is RTS and CTS together or none (Handshake.RequestToSend), and only where the
    /// device configuration mapped those pins. The factory settings are the device configuration's.
    /// </summary>
    internal sealed class BoardUartControl : IUartControl
    {
        /// <summary>Enough for a full transmit queue at the lowest rates people use (9600 baud: 4 KiB in about 4 s).</summary>
        private const int DrainTimeoutMs = 5000;

        private readonly SerialPort _port;
        private readonly UartTransmitQueue _output;
        private readonly StoredUartSettings _store;
        private readonly UartSettings _factory;
        private readonly bool _flowPinsMapped;
        private readonly ILog _log;
        private UartSettings _current;
        private UartSettings _saved;

        public BoardUartControl(SerialPort port, UartTransmitQueue output, StoredUartSettings store, UartSettings factory,
            UartSettings powerUp, bool flowPinsMapped, ILog log)
        {
            _port = port;
            _output = output;
            _store = store;
            _factory = factory;
            _current = powerUp;
            _saved = powerUp;
            _flowPinsMapped = flowPinsMapped;
            _log = log;
        }

        public UartSettings Current { get { return _current; } }

        public UartSettings Saved { get { return _saved; } }

        public SettingResult Check(UartSettings settings)
        {
            return UartRules.Check(settings, _flowPinsMapped);
        }

        public void Apply(UartSettings settings)
        {
            try
            {
                int oldBaud = _current.BaudRate;
                _output.Drain(DrainTimeoutMs);
                Thread.Sleep(UartRules.FifoDrainMs(oldBaud));
                _port.BaudRate = settings.BaudRate;
                _port.DataBits = settings.DataBits;
                _port.StopBits = SerialUart.StopBitsOf(settings.StopBits);
                _port.Parity = SerialUart.ParityOf(settings.Parity);
                _port.Handshake = SerialUart.HandshakeOf(settings.FlowControl);
                _current = settings;
            }
            catch (Exception e)
            {
                _log.Write("uart: switching to " + settings.BaudRate.ToString() + " baud failed: " + Failure.Describe(e));
            }
        }

        public SettingResult Save(UartSettings settings)
        {
            SettingResult result = _store.Save(settings);
            if (result.IsApplied)
            {
                _saved = settings;
            }
            return result;
        }

        public SettingResult ForgetSaved()
        {
            SettingResult result = _store.Forget();
            if (result.IsApplied)
            {
                _saved = _factory;
            }
            return result;
        }
    }
}
