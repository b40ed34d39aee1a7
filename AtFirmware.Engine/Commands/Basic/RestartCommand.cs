namespace EspAtNano.Engine
{
    /// <summary>AT+RST: OK, then the module restarts and says ready (SPEC §5).</summary>
    public sealed class RestartCommand : AtCommand
    {
        private readonly ISoftRestart _softRestart;

        public RestartCommand(ISoftRestart softRestart) : base("+RST")
        {
            _softRestart = softRestart;
        }

        public override void Execute(CommandContext context)
        {
            context.Output.Write(ResultCodes.Ok);
            context.Ports.System.Restart();
            _softRestart.RestartInSoftware();
        }
    }
}
