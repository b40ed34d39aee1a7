namespace EspAtNano.Engine.Ports
{
    /// <summary>
    /// A UART line configuration in AT+UART_CUR's numbering: data bits 5-8, stop bits 1 (one),
    /// 2 (one and a half) or 3 (two), parity 0 none / 1 odd / 2 even, flow control 0 none /
    /// 1 RTS / 2 CTS / 3 both.
    /// </summary>
    public sealed class UartSettings
    {
        public readonly int BaudRate;
        public readonly int DataBits;
        public readonly int StopBits;
        public readonly int Parity;
        public readonly int FlowControl;

        public UartSettings(int baudRate, int dataBits, int stopBits, int parity, int flowControl)
        {
            BaudRate = baudRate;
            DataBits = dataBits;
            StopBits = stopBits;
            Parity = parity;
            FlowControl = flowControl;
        }
    }
}
