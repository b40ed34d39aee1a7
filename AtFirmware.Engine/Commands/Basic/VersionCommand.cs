using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;

namespace EspAtNano.Engine.Commands.Basic
{
    /// <summary>
    /// AT+GMR: ESP-AT's version lines (hosts parse "AT version:"), then a line naming the MQTT
    /// features this platform has, so a host can ask before it relies on one (docs/deviations.md#platform-differences).
    /// </summary>
    internal sealed class VersionCommand : AtCommand
    {
        internal VersionCommand() : base("+GMR")
        {
        }

        internal override void Execute(CommandContext context)
        {
            EngineOptions o = context.Options;
            PlatformCapabilities caps = o.Capabilities;
            ByteBuffer b = context.Response.Buffer;
            b.Append("AT version:").Append(o.AtVersion).Append(ResultCodes.NewLine);
            b.Append("SDK version:").Append(o.SdkVersion).Append(ResultCodes.NewLine);
            b.Append("Bin version:").Append(o.BinVersion).Append(ResultCodes.NewLine);
            b.Append("MQTT features:TCP,TLS");
            if (caps.WebSocket)
            {
                b.Append(",WS,WSS");
            }
            if (caps.Alpn)
            {
                b.Append(",ALPN");
            }
            if (caps.CustomSni)
            {
                b.Append(",SNI");
            }
            b.Append(ResultCodes.NewLine);
            context.Response.Ok();
        }
    }
}
