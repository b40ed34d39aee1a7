namespace EspAtNano.Engine.Commands
{
    /// <summary>What a command does once its response has been written (CommandContext.RunAfterResponse).</summary>
    internal interface IAfterResponse
    {
        void Run();
    }
}
