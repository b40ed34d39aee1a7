using EspAtNano.Engine.Output;

namespace EspAtNano.Engine.Commands
{
    /// <summary>
    /// A background job that can complete by callback: started on the input thread, it answers
    /// from whichever thread completes it, so a publish that completes at once needs no thread
    /// handoff and one that waits for its PUBACK blocks no thread.
    /// </summary>
    internal interface IAsyncJob
    {
        /// <summary>False where it can only block (a port without callbacks): the worker thread runs IBackgroundJob.Run then.</summary>
        bool CanStart { get; }

        /// <summary>
        /// Starts the job. Once, on any thread (before this returns when it completes at once), it
        /// appends its one final result to <paramref name="response"/> and calls worker.Completed().
        /// Throws only before it has started anything.
        /// </summary>
        void Start(Response response, CommandWorker worker);
    }
}
