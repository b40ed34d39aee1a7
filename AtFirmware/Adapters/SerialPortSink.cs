using System.IO.Ports;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware
{
    /// <summary>The serial port's blocking write, as the transmit queue's writer thread drives it.</summary>
    internal sealed class SerialPortSink : IByteSink
    {
        private readonly SerialPort _port;

        public SerialPortSink(SerialPort port)
        {
            _port = port;
        }

        public void Write(byte[] data, int offset, int count)
        {
            _port.Write(data, offset, count);
        }
    }
}
