using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;

namespace EspAtNano.Engine.Commands.Basic
{
    /// <summary>
    /// AT+GMR: ESP-AT 3.x's four version lines (hosts parse "AT version:"), then a line naming the MQTT
    /// features this platform has, so a host can ask before it relies on one (docs/deviations.md#platform-differences).
    /// </summary>
    internal sealed class VersionCommand : AtCommand
    {
        /// <summary>
        /// The chip tag in the AT version line. Host drivers pick the chip's command dialect by it,
        /// and the twin answers as the ESP32 does, so both platforms print it.
        /// </summary>
        private const string Chip = "ESP32";

        internal VersionCommand() : base("+GMR", CommandForms.Execute)
        {
        }

        internal override void Execute(CommandContext context)
        {
            EngineOptions o = context.Options;
            PlatformCapabilities caps = o.Capabilities;
            ByteBuffer b = context.Response.Buffer;
            b.Append("AT version:").Append(o.AtVersion).Append("(").Append(o.BuildId)
                .Append(" - ").Append(Chip).Append(" - ").Append(o.BuildTime).Append(")").Append(ResultCodes.NewLine);
            b.Append("SDK version:").Append(o.SdkVersion).Append(ResultCodes.NewLine);
            b.Append("compile time(").Append(o.BuildId).Append("):").Append(o.BuildTime).Append(ResultCodes.NewLine);
            b.Append("Bin version:").Append(o.BinVersion).Append("(").Append(o.ModuleName).Append(")").Append(ResultCodes.NewLine);
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
            if (caps.AckWaitLimitMs > 0)
            {
                b.Append(";ack wait<=").AppendDecimal(caps.AckWaitLimitMs).Append("ms");
            }
            b.Append(ResultCodes.NewLine);
            context.Response.Ok();
        }
    }
}
