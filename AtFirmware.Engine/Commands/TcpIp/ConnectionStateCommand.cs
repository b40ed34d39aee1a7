using EspAtNano.Engine.Commands;

namespace EspAtNano.Engine.Commands.TcpIp
{
    /// <summary>AT+CIPSTATE?: one +CIPSTATE line per open socket; the module has none, so just OK (docs/commands/tcpip-settings.md).</summary>
    internal sealed class ConnectionStateCommand : AtCommand
    {
        internal ConnectionStateCommand() : base("+CIPSTATE", CommandForms.Query)
        {
        }

        internal override void Query(CommandContext context)
        {
            context.Response.Ok();
        }
    }
}
