using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// AT+CWLAPOPT=&lt;reserved&gt;,&lt;print mask&gt;[,&lt;rssi filter&gt;][,&lt;authmode mask&gt;]
    /// (docs/commands/wifi-and-time.md). The reserved field may be empty or a number; omitted optional fields take
    /// their defaults.
    /// </summary>
    internal sealed class ApListOptionsCommand : AtCommand
    {
        private const int HighestRssi = 40;

        private readonly ApListOptions _options;

        internal ApListOptionsCommand(ApListOptions options) : base("+CWLAPOPT", CommandForms.Set)
        {
            _options = options;
        }

        internal override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            int reserved, mask, rssi, authModes;
            if (!ArgumentReader.Count(r, p, 2, 4)
                || !ArgumentReader.OptionalInt(r, p, 0, int.MinValue, int.MaxValue, 0, out reserved)
                || !ArgumentReader.Int(r, p, 1, 0, ApListOptions.AllFields, out mask)
                || !ArgumentReader.OptionalInt(r, p, 2, ApListOptions.LowestRssi, HighestRssi, ApListOptions.LowestRssi,
                    out rssi)
                || !ArgumentReader.OptionalInt(r, p, 3, 0, ApListOptions.AllAuthModes, ApListOptions.AllAuthModes,
                    out authModes))
            {
                return;
            }
            _options.PrintMask = mask;
            _options.RssiFilter = rssi;
            _options.AuthModeMask = authModes;
            r.Ok();
        }
    }
}
