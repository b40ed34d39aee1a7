using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;

namespace EspAtNano.Engine.Commands.Basic
{
    /// <summary>ATE0 / ATE1: command-mode echo off / on.</summary>
    internal sealed class EchoCommand : AtCommand
    {
        private readonly bool _enable;

        internal EchoCommand(bool enable) : base(enable ? "E1" : "E0", CommandForms.Execute)
        {
            _enable = enable;
        }

        internal override void Execute(CommandContext context)
        {
            context.Settings.EchoEnabled = _enable;
            context.Response.Ok();
        }
    }
}
