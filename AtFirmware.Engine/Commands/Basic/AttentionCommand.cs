using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;

namespace EspAtNano.Engine.Commands.Basic
{
    /// <summary>AT: the host's "are you there".</summary>
    internal sealed class AttentionCommand : AtCommand
    {
        internal AttentionCommand() : base("", CommandForms.Execute)
        {
        }

        internal override void Execute(CommandContext context)
        {
            context.Response.Ok();
        }
    }
}
