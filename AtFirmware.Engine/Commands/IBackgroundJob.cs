namespace EspAtNano.Engine
{
    /// <summary>The blocking part of a command (network I/O), run off the input path while input is answered busy.</summary>
    public interface IBackgroundJob
    {
        /// <summary>Appends the command's final result to <paramref name="response"/>.</summary>
        void Run(Response response);
    }
}
