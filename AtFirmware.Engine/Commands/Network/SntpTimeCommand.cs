using System;

namespace EspAtNano.Engine
{
    /// <summary>
    /// AT+CIPSNTPTIME?: the local time (UTC plus the SNTP time zone) in asctime form. Before the
    /// first sync the clock reads the epoch, as firmware's does (SPEC §5).
    /// </summary>
    public sealed class SntpTimeCommand : AtCommand
    {
        private static readonly DateTime Epoch = new DateTime(1970, 1, 1, 0, 0, 0);

        private readonly SntpConfig _config;

        public SntpTimeCommand(SntpConfig config) : base("+CIPSNTPTIME")
        {
            _config = config;
        }

        public override void Query(CommandContext context)
        {
            IClock clock = context.Ports.Clock;
            DateTime local = clock.IsSynchronised ? clock.UtcNow.AddHours(_config.Timezone) : Epoch;
            ByteBuffer b = context.Response.Buffer;
            b.Append("+CIPSNTPTIME:");
            AscTime.Append(b, local);
            context.Response.EndLine();
            context.Response.Ok();
        }
    }
}
