namespace EspAtNano.Engine.Commands.Basic
{
    /// <summary>AT+RST: OK, then the module restarts and says ready (SPEC §5).</summary>
    internal sealed class RestartCommand : AtCommand
    {
        public RestartCommand() : base("+RST")
        {
        }

        public override void Execute(CommandContext context)
        {
            context.Response.Ok();
            context.RestartAfterResponse();
        }
    }
}
