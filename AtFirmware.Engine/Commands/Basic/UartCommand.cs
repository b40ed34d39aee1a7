using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands.Basic
{
    /// <summary>
    /// AT+UART_CUR / AT+UART_DEF (docs/commands/basic.md): the query prints
    /// "+UART_CUR:&lt;baudrate&gt;,&lt;databits&gt;,&lt;stopbits&gt;,&lt;parity&gt;,&lt;flow control&gt;" (the line
    /// now, or for _DEF the stored settings); the set answers OK at the old rate and then switches
    /// the line. _DEF also stores the settings, so they survive a restart; _CUR's last until one.
    /// </summary>
    internal sealed class UartCommand : AtCommand
    {
        /// <summary>ESP-AT's range on the ESP32 (SOC_UART_BITRATE_MAX).</summary>
        internal const int MinBaudRate = 80;
        internal const int MaxBaudRate = 5000000;

        private readonly IUartControl _uart;
        private readonly ILog _log;
        private readonly bool _stores;
        private readonly string _prefix;

        /// <param name="stores">AT+UART_DEF: the query shows, and the set writes, the stored settings.</param>
        internal UartCommand(IUartControl uart, ILog log, bool stores)
            : base(stores ? "+UART_DEF" : "+UART_CUR", CommandForms.Query | CommandForms.Set)
        {
            _uart = uart;
            _log = log;
            _stores = stores;
            _prefix = (stores ? "+UART_DEF" : "+UART_CUR") + ":";
        }

        internal override void Query(CommandContext context)
        {
            UartSettings s = _stores ? _uart.Saved : _uart.Current;
            ByteBuffer b = context.Response.Buffer;
            b.Append(_prefix).AppendDecimal(s.BaudRate).Append(",").AppendDecimal(s.DataBits).Append(",")
                .AppendDecimal(s.StopBits).Append(",").AppendDecimal(s.Parity).Append(",").AppendDecimal(s.FlowControl);
            context.Response.EndLine();
            context.Response.Ok();
        }

        internal override void Set(CommandContext context, ParameterList parameters)
        {
            Response r = context.Response;
            int baudRate;
            int dataBits;
            int stopBits;
            int parity;
            int flowControl;
            if (!ArgumentReader.Count(r, parameters, 5, 5)
                || !ArgumentReader.Int(r, parameters, 0, MinBaudRate, MaxBaudRate, out baudRate)
                || !ArgumentReader.Int(r, parameters, 1, 5, 8, out dataBits)
                || !ArgumentReader.Int(r, parameters, 2, 1, 3, out stopBits)
                || !ArgumentReader.Int(r, parameters, 3, 0, 2, out parity)
                || !ArgumentReader.Int(r, parameters, 4, 0, 3, out flowControl))
            {
                return;
            }
            UartSettings settings = new UartSettings(baudRate, dataBits, stopBits, parity, flowControl);
            SettingResult result = _uart.Check(settings);
            if (result.IsApplied && _stores)
            {
                result = _uart.Save(settings);
            }
            if (!result.IsApplied)
            {
                _log.Write(DisplayName + ": " + result.Reason);
                r.Error(ErrorCode.ExecutionFailed);
                return;
            }
            r.Ok();
            context.RunAfterResponse(new UartSwitch(_uart, settings));
        }
    }
}
