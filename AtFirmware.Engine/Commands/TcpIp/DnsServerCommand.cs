using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Commands.Network;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.TcpIp
{
    /// <summary>
    /// AT+CIPDNS=&lt;enable&gt;[,&lt;"DNS IP1"&gt;][,&lt;"DNS IP2"&gt;][,&lt;"DNS IP3"&gt;] and AT+CIPDNS?
    /// (docs/commands/tcpip-settings.md). 0: DHCP's servers (the addresses after it are not used, as in ESP-AT);
    /// 1: the given servers, or ESP-AT's three defaults when none is given. The query lists the servers in use.
    /// </summary>
    internal sealed class DnsServerCommand : AtCommand
    {
        private const int MaxServers = 3;

        /// <summary>ESP-AT's manual DNS servers when AT+CIPDNS=1 names none.</summary>
        private static readonly string[] DefaultServers = { "208.67.222.222", "114.114.114.114", "8.8.8.8" };

        private readonly WifiSettings _settings;

        internal DnsServerCommand(WifiSettings settings) : base("+CIPDNS", CommandForms.Query | CommandForms.Set)
        {
            _settings = settings;
        }

        internal override void Query(CommandContext context)
        {
            Response r = context.Response;
            r.Buffer.Append("+CIPDNS:").AppendDecimal(_settings.ManualDns ? 1 : 0);
            string[] servers = _settings.Port.DnsServers;
            for (int i = 0; servers != null && i < servers.Length; i++)
            {
                r.Buffer.Append(",\"").Append(servers[i]).Append((byte)'"');
            }
            r.EndLine();
            r.Ok();
        }

        internal override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            int enable;
            if (!ArgumentReader.Count(r, p, 1, 1 + MaxServers) || !ArgumentReader.Int(r, p, 0, 0, 1, out enable))
            {
                return;
            }
            string[] servers = null;
            if (enable == 1)
            {
                servers = p.Count == 1 ? DefaultServers : ReadServers(r, p);
                if (servers == null)
                {
                    return;
                }
            }
            if (!_settings.Applied(_settings.Port.SetDnsServers(servers), "DNS servers"))
            {
                r.ErrorPlain();
                return;
            }
            _settings.ManualDns = enable == 1;
            r.Ok();
        }

        /// <summary>The given IPv4 servers, all different; null when one is bad (the error is answered).</summary>
        private static string[] ReadServers(Response r, ParameterList p)
        {
            string[] servers = new string[p.Count - 1];
            for (int i = 1; i < p.Count; i++)
            {
                byte[] text;
                if (p.ReadString(i, out text) != ParseStatus.Ok)
                {
                    r.Error(ErrorCode.ParameterParseFailed(i));
                    return null;
                }
                int[] address = Ipv4Literal.Parse(text);
                if (address == null)
                {
                    r.Error(ErrorCode.ParameterInvalid(i));
                    return null;
                }
                string server = Ipv4Literal.Format(address);
                for (int j = 0; j < i - 1; j++)
                {
                    // ESP-AT: "The three parameters cannot be set to the same server."
                    if (servers[j] == server)
                    {
                        r.Error(ErrorCode.ParameterInvalid(i));
                        return null;
                    }
                }
                servers[i - 1] = server;
            }
            return servers;
        }
    }
}
