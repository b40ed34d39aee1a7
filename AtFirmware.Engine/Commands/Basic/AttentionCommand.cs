namespace EspAtNano.Engine
{
    /// <summary>AT: the host's "are you there".</summary>
    public sealed class AttentionCommand : AtCommand
    {
        public AttentionCommand() : base("")
        {
        }

        public override void Execute(CommandContext context)
        {
            context.Response.Ok();
        }
    }
}
