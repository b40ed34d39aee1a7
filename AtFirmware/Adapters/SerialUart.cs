using System;
using System.IO.Ports;
using System.Threading;
using EspAtNano.Engine;
using EspAtNano.Engine.Device;
using EspAtNano.Engine.Ports;
using nanoFramework.Hardware.Esp32;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// The AT UART (UART1 = "COM2" on nanoFramework, as ESP-AT uses UART1): opens it with the
    /// configured pins, baud rate and flow control, and runs the thread that feeds every received
    /// byte to the engine. Input is binary (raw MQTTPUBRAW data), so it is read as bytes,
    /// min(BytesToRead, buffer) at a time: never ReadLine/ReadExisting, which decode text, and
    /// never a count larger than what is there, because the native Read then waits for all of it.
    /// </summary>
    internal sealed class SerialUart
    {
        /// <summary>Bytes handed to the engine per Feed call.</summary>
        private const int ChunkSize = 512;

        /// <summary>
        /// Longest pause between two looks at the receive buffer when no DataReceived event came:
        /// the event is the fast path, this bounds the delay if one is ever missed.
        /// </summary>
        private const int IdleWaitMs = 20;

        /// <summary>Transmit ring of the writer thread.</summary>
        private const int TransmitQueueSize = 4096;

        private readonly SerialPort _port;
        private readonly ILog _log;
        private readonly UartTransmitQueue _writer;
        private readonly BoardUartControl _control;
        private readonly AutoResetEvent _dataArrived = new AutoResetEvent(false);
        private readonly byte[] _chunk = new byte[ChunkSize];
        private AtEngine _engine;

        private SerialUart(SerialPort port, ILog log, StoredUartSettings store, UartSettings factory, UartSettings powerUp,
            bool flowPinsMapped)
        {
            _port = port;
            _log = log;
            _writer = new UartTransmitQueue(new SerialPortSink(port), TransmitQueueSize, log);
            _control = new BoardUartControl(port, _writer, store, factory, powerUp, flowPinsMapped, log);
        }

        /// <summary>The transmit side the engine writes to.</summary>
        public UartTransmitQueue Output
        {
            get { return _writer; }
        }

        /// <summary>AT+UART_CUR / AT+UART_DEF's control of this port.</summary>
        public BoardUartControl Control
        {
            get { return _control; }
        }

        /// <summary>
        /// Maps the pins and opens the port at the settings AT+UART_DEF stored, or else the
        /// configured ones; null (and the reason on the log) when it cannot be opened.
        /// </summary>
        public static SerialUart Open(DeviceConfig config, StoredUartSettings store, ILog log)
        {
            SerialPort port = null;
            try
            {
                MapPins(config);
                UartSettings factory = new UartSettings(config.BaudRate, 8, 1, 0, config.UsesRtsCts ? 3 : 0);
                UartSettings powerUp = UartRules.PowerUp(store.Load(), factory, config.UsesRtsCts);
                port = new SerialPort(config.UartPort, powerUp.BaudRate, ParityOf(powerUp.Parity), powerUp.DataBits,
                    StopBitsOf(powerUp.StopBits));
                // Sizes the native receive ring buffer (nanoFramework keeps one value for Read/WriteBufferSize); only while closed.
                port.ReadBufferSize = config.BufferSize;
                // RequestToSend drives both RTS and CTS on current ESP32 firmware (both pins mapped above).
                port.Handshake = HandshakeOf(powerUp.FlowControl);
                port.Open();
                return new SerialUart(port, log, store, factory, powerUp, config.UsesRtsCts);
            }
            catch (Exception e)
            {
                log.Write("uart: cannot open " + config.UartPort + " (tx=" + config.TxPin.ToString() + " rx="
                    + config.RxPin.ToString() + "): " + Failure.Describe(e));
                if (port != null)
                {
                    try
                    {
                        port.Dispose();
                    }
                    catch
                    {
                        // Nothing more to release.
                    }
                }
                return null;
            }
        }

        /// <summary>AT+UART_CUR's parity numbering: 0 none, 1 odd, 2 even.</summary>
        internal static Parity ParityOf(int parity)
        {
            return parity == 1 ? Parity.Odd : parity == 2 ? Parity.Even : Parity.None;
        }

        /// <summary>AT+UART_CUR's stop-bit numbering: 1 one, 2 one and a half, 3 two.</summary>
        internal static StopBits StopBitsOf(int stopBits)
        {
            return stopBits == 1 ? StopBits.One : stopBits == 2 ? StopBits.OnePointFive : StopBits.Two;
        }

        /// <summary>AT+UART_CUR's flow control 3 (RTS and CTS) is the only one the ESP32 driver runs besides none.</summary>
        internal static Handshake HandshakeOf(int flowControl)
        {
            return flowControl == 3 ? Handshake.RequestToSend : Handshake.None;
        }

        /// <summary>Starts the reader thread; from now on the engine is fed from that thread only.</summary>
        public void StartReading(AtEngine engine)
        {
            _engine = engine;
            _port.DataReceived += OnDataReceived;
            Thread reader = new Thread(ReadLoop);
            // Draining quickly matters more than anything else here: a full receive ring drops bytes silently.
            reader.Priority = ThreadPriority.AboveNormal;
            reader.Start();
        }

        /// <summary>
        /// COM2/COM3 have no default pins on the ESP32: every pin the port uses must be mapped
        /// before Open. RTS and CTS are mapped only with flow control, so that without it the
        /// GPIOs stay free.
        /// </summary>
        private static void MapPins(DeviceConfig config)
        {
            bool com3 = config.UartPort == "COM3";
            Configuration.SetPinFunction(config.TxPin, com3 ? DeviceFunction.COM3_TX : DeviceFunction.COM2_TX);
            Configuration.SetPinFunction(config.RxPin, com3 ? DeviceFunction.COM3_RX : DeviceFunction.COM2_RX);
            if (config.UsesRtsCts)
            {
                Configuration.SetPinFunction(config.RtsPin, com3 ? DeviceFunction.COM3_RTS : DeviceFunction.COM2_RTS);
                Configuration.SetPinFunction(config.CtsPin, com3 ? DeviceFunction.COM3_CTS : DeviceFunction.COM2_CTS);
            }
        }

        private void OnDataReceived(object sender, SerialDataReceivedEventArgs e)
        {
            // Runs on the runtime's event thread: only wake the reader.
            _dataArrived.Set();
        }

        private void ReadLoop()
        {
            while (true)
            {
                try
                {
                    int available = _port.BytesToRead;
                    if (available <= 0)
                    {
                        _dataArrived.WaitOne(IdleWaitMs, false);
                        continue;
                    }
                    int read = _port.Read(_chunk, 0, available < _chunk.Length ? available : _chunk.Length);
                    if (read > 0)
                    {
                        _engine.Feed(_chunk, 0, read);
                    }
                }
                catch (Exception e)
                {
                    // Whatever failed, the AT loop goes on: the host gets its answers from the next line on.
                    _log.Write("uart: reader: " + Failure.Describe(e));
                    Thread.Sleep(IdleWaitMs);
                }
            }
        }
    }
}
