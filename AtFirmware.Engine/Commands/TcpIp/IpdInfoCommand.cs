using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;

namespace EspAtNano.Engine.Commands.TcpIp
{
    /// <summary>AT+CIPDINFO: set with 0/1 like any number, but its query answers "+CIPDINFO:true" or "+CIPDINFO:false" (docs/commands/tcpip-settings.md).</summary>
    internal sealed class IpdInfoCommand : NumberSettingCommand
    {
        internal IpdInfoCommand(RememberedNumber setting) : base("+CIPDINFO", setting, 1)
        {
        }

        protected override void AppendValue(ByteBuffer buffer, int value)
        {
            buffer.Append(value == 1 ? "true" : "false");
        }
    }
}
