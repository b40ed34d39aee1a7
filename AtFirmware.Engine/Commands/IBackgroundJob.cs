using EspAtNano.Engine.Output;

namespace EspAtNano.Engine.Commands
{
    /// <summary>The blocking part of a command (network I/O), run off the input path while input is answered busy.</summary>
    internal interface IBackgroundJob
    {
        /// <summary>Appends the command's one final result to <paramref name="response"/>.</summary>
        void Run(Response response);
    }
}
