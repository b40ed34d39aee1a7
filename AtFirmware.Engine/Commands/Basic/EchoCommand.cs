namespace EspAtNano.Engine
{
    /// <summary>ATE0 / ATE1: command-mode echo off / on.</summary>
    public sealed class EchoCommand : AtCommand
    {
        private readonly bool _enable;

        public EchoCommand(bool enable) : base(enable ? "E1" : "E0")
        {
            _enable = enable;
        }

        public override void Execute(CommandContext context)
        {
            context.Settings.EchoEnabled = _enable;
            context.Response.Ok();
        }
    }
}
