namespace EspAtNano.Engine.Commands.Basic
{
    /// <summary>AT+RST: OK, then the module restarts and says ready (docs/commands/basic.md).</summary>
    internal sealed class RestartCommand : AtCommand
    {
        internal RestartCommand() : base("+RST", CommandForms.Execute)
        {
        }

        internal override void Execute(CommandContext context)
        {
            context.Response.Ok();
            context.RestartAfterResponse();
        }
    }
}
