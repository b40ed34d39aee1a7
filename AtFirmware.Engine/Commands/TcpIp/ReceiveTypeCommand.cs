using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.TcpIp
{
    /// <summary>
    /// AT+CIPRECVTYPE (ESP-AT 3.x): the socket receive mode per link ID, remembered for a module that
    /// has no sockets. Without AT+CIPMUX the link ID is implied (0); with it, ID 5 means every link
    /// (docs/commands/tcpip-settings.md).
    /// </summary>
    internal sealed class ReceiveTypeCommand : AtCommand
    {
        /// <summary>The link ID that sets every link at once.</summary>
        private const int AllLinks = RememberedSettings.LinkCount;

        private readonly RememberedSettings _settings;

        internal ReceiveTypeCommand(RememberedSettings settings) : base("+CIPRECVTYPE", CommandForms.Query | CommandForms.Set)
        {
            _settings = settings;
        }

        /// <summary>One line per link the current AT+CIPMUX mode has: link 0 alone, or links 0-4.</summary>
        internal override void Query(CommandContext context)
        {
            Response r = context.Response;
            int links = IsMultiple ? RememberedSettings.LinkCount : 1;
            for (int id = 0; id < links; id++)
            {
                r.Buffer.Append("+CIPRECVTYPE:").AppendDecimal(id).Append(",").AppendDecimal(_settings.ReceiveModes[id]);
                r.EndLine();
            }
            r.Ok();
        }

        /// <summary>AT+CIPRECVTYPE=&lt;mode&gt;[,&lt;data_len_report_mode&gt;], or with AT+CIPMUX=1 &lt;link ID&gt;,&lt;mode&gt;[,…].</summary>
        internal override void Set(CommandContext context, ParameterList parameters)
        {
            Response r = context.Response;
            int first = IsMultiple ? 1 : 0;
            int id = 0;
            int mode;
            int reportMode;
            if (!ArgumentReader.Count(r, parameters, first + 1, first + 2)
                || (IsMultiple && !ArgumentReader.Int(r, parameters, 0, 0, AllLinks, out id))
                || !ArgumentReader.Int(r, parameters, first, 0, 1, out mode)
                // The length reporting mode only shapes +IPD, which this module never prints: checked, not kept.
                || !ArgumentReader.OptionalInt(r, parameters, first + 1, 0, 1, 0, out reportMode))
            {
                return;
            }
            for (int link = 0; link < RememberedSettings.LinkCount; link++)
            {
                if (link == id || id == AllLinks)
                {
                    _settings.ReceiveModes[link] = mode;
                }
            }
            r.Ok();
        }

        private bool IsMultiple { get { return _settings.MultipleConnections.Value == 1; } }
    }
}
