using System;
using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// AT+CIPSNTPTIME?: the local time (UTC plus the SNTP time zone) in asctime form. Before the
    /// first sync the clock reads the epoch, as firmware's does (docs/commands/wifi-and-time.md).
    /// </summary>
    internal sealed class SntpTimeCommand : AtCommand
    {
        private static readonly DateTime Epoch = new DateTime(1970, 1, 1, 0, 0, 0);

        private readonly SntpConfig _config;
        private readonly IClock _clock;

        internal SntpTimeCommand(SntpConfig config, IClock clock) : base("+CIPSNTPTIME", CommandForms.Query)
        {
            _config = config;
            _clock = clock;
        }

        internal override void Query(CommandContext context)
        {
            DateTime local = _clock.IsSynchronised ? _clock.UtcNow.AddHours(_config.Timezone) : Epoch;
            ByteBuffer b = context.Response.Buffer;
            b.Append("+CIPSNTPTIME:");
            AscTime.Append(b, local);
            context.Response.EndLine();
            context.Response.Ok();
        }
    }
}
