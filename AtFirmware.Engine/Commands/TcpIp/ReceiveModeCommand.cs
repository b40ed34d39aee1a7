using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.TcpIp
{
    /// <summary>
    /// AT+CIPRECVMODE, the ESP-AT 2.x form of AT+CIPRECVTYPE that drivers still send and firmware
    /// still answers: one mode for every link, so it sets and reports the same remembered modes
    /// (docs/commands/tcpip-settings.md).
    /// </summary>
    internal sealed class ReceiveModeCommand : AtCommand
    {
        private readonly RememberedSettings _settings;

        internal ReceiveModeCommand(RememberedSettings settings) : base("+CIPRECVMODE", CommandForms.Query | CommandForms.Set)
        {
            _settings = settings;
        }

        /// <summary>Link 0's mode: the one a single-connection host has.</summary>
        internal override void Query(CommandContext context)
        {
            Response r = context.Response;
            r.Buffer.Append("+CIPRECVMODE:").AppendDecimal(_settings.ReceiveModes[0]);
            r.EndLine();
            r.Ok();
        }

        internal override void Set(CommandContext context, ParameterList parameters)
        {
            Response r = context.Response;
            int mode;
            if (!ArgumentReader.Count(r, parameters, 1, 1) || !ArgumentReader.Int(r, parameters, 0, 0, 1, out mode))
            {
                return;
            }
            for (int link = 0; link < RememberedSettings.LinkCount; link++)
            {
                _settings.ReceiveModes[link] = mode;
            }
            r.Ok();
        }
    }
}
