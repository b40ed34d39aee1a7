using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands.Basic
{
    /// <summary>AT+UART_CUR's switch of the line, once its OK is written at the old settings.</summary>
    internal sealed class UartSwitch : IAfterResponse
    {
        private readonly IUartControl _uart;
        private readonly UartSettings _settings;

        internal UartSwitch(IUartControl uart, UartSettings settings)
        {
            _uart = uart;
            _settings = settings;
        }

        void IAfterResponse.Run()
        {
            _uart.Apply(_settings);
        }
    }
}
