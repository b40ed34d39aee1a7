using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>AT+CIPSNTPCFG=&lt;enable&gt;[,&lt;timezone&gt;][,"server"…] (up to 3 servers, fewer where the platform takes fewer) and AT+CIPSNTPCFG? (docs/commands/wifi-and-time.md).</summary>
    internal sealed class SntpConfigCommand : AtCommand
    {
        internal const int MaxServerLength = 64;

        private const int FirstServerIndex = 2;

        private readonly SntpConfig _config;

        internal SntpConfigCommand(SntpConfig config) : base("+CIPSNTPCFG", CommandForms.Query | CommandForms.Set)
        {
            _config = config;
        }

        internal override void Query(CommandContext context)
        {
            ByteBuffer b = context.Response.Buffer;
            b.Append("+CIPSNTPCFG:").AppendDecimal(_config.Enabled ? 1 : 0).Append((byte)',').AppendDecimal(_config.Timezone);
            string[] servers = _config.Servers;
            for (int i = 0; i < servers.Length; i++)
            {
                b.Append(",\"").Append(servers[i]).Append((byte)'"');
            }
            context.Response.EndLine();
            context.Response.Ok();
        }

        internal override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            int enable, timezone;
            if (!ArgumentReader.Count(r, p, 1, FirstServerIndex + _config.MaxServers)
                || !ArgumentReader.Int(r, p, 0, 0, 1, out enable)
                || !ArgumentReader.OptionalInt(r, p, 1, SntpConfig.MinTimezone, SntpConfig.MaxTimezone, 0, out timezone))
            {
                return;
            }
            string[] servers = new string[p.Count > FirstServerIndex ? p.Count - FirstServerIndex : 0];
            for (int i = 0; i < servers.Length; i++)
            {
                if (!ReadServer(r, p, FirstServerIndex + i, out servers[i]))
                {
                    return;
                }
            }
            _config.Apply(enable == 1, timezone, servers);
            r.Ok();
        }

        /// <summary>1–64 bytes of a host name or IPv4 literal, so the query can print it back in quotes.</summary>
        private static bool ReadServer(Response r, ParameterList p, int index, out string server)
        {
            server = null;
            byte[] name;
            if (!ArgumentReader.String(r, p, index, MaxServerLength, out name))
            {
                return false;
            }
            if (name.Length == 0 || !AsciiText.IsHostName(name))
            {
                r.Error(ErrorCode.ParameterInvalid(index));
                return false;
            }
            server = AsciiText.GetString(name);
            return true;
        }
    }
}
