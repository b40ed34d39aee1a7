namespace EspAtNano.Engine.Commands.Basic
{
    /// <summary>
    /// AT+RESTORE: OK, then the stored settings go back to the factory ones and the module
    /// restarts and says ready, as after AT+RST (docs/commands/basic.md).
    /// </summary>
    internal sealed class RestoreCommand : AtCommand
    {
        internal RestoreCommand() : base("+RESTORE", CommandForms.Execute)
        {
        }

        internal override void Execute(CommandContext context)
        {
            context.Response.Ok();
            context.RestoreFactoryDefaultsAfterResponse();
        }
    }
}
