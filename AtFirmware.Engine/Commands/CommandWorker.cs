using System;
using System.Threading;
using EspAtNano.Engine.Framing;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands
{
    /// <summary>
    /// Runs one background job at a time: on its own thread, or, for a job that completes by
    /// callback (IAsyncJob), on the threads that start and complete it. The busy state ends in the same
    /// locked write that prints the job's result, so the next command's echo and answer always
    /// come after it. A job must leave exactly one final result; one that does not is answered
    /// ERROR and logged, so the host is never left waiting.
    /// </summary>
    internal sealed class CommandWorker
    {
        private readonly AtOutput _output;
        private readonly Response _response;
        private readonly AutoResetEvent _wake = new AutoResetEvent(false);
        private readonly ManualResetEvent _idle = new ManualResetEvent(true);
        private readonly ILog _log;
        private readonly BusyFlag _busy;
        private IBackgroundJob _job;
        // Named only when something is logged: on the interpreter even a getter call costs.
        private AtCommand _command;
        // Changed with Interlocked: nanoFramework's mscorlib has no volatile fields.
        private int _stopped;

        /// <param name="busy">Set from a job's start to the write of its result.</param>
        internal CommandWorker(AtOutput output, EngineSettings settings, ILog log, BusyFlag busy)
        {
            _output = output;
            _log = log;
            _busy = busy;
            _response = new Response(settings);
            Thread thread = new Thread(Loop);
            thread.Start();
        }

        /// <param name="command">The command whose job it is, for the log.</param>
        internal void Start(IBackgroundJob job, AtCommand command)
        {
            _busy.Set();
            _idle.Reset();
            _command = command;
            IAsyncJob callbackJob = job as IAsyncJob;
            if (callbackJob == null || !callbackJob.CanStart)
            {
                _job = job;
                _wake.Set();
                return;
            }
            _response.Clear();
            try
            {
                callbackJob.Start(_response, this);
            }
            catch (Exception e)
            {
                Failed(e);
                Completed();
            }
        }

        /// <summary>
        /// Ends the running job: holds it to one final result, then ends the busy state and
        /// writes the result in one locked step. Called once per job, on any thread.
        /// </summary>
        internal void Completed()
        {
            if (!_response.EnsureOneFinalResult())
            {
                _log.Write(_command.DisplayName + ": the background job left no single final result; answered ERROR");
            }
            ByteBuffer b = _response.Buffer;
            lock (_output.SyncRoot)
            {
                _busy.Clear();
                if (_response.UnparkMessagesAfterWrite)
                {
                    _output.WriteThenUnpark(b.Data, 0, b.Length, false);
                }
                else
                {
                    _output.WriteHoldingLock(b);
                }
            }
            _idle.Set();
        }

        /// <summary>Ends the worker thread once the running job, if any, has finished.</summary>
        internal void Stop()
        {
            Interlocked.Exchange(ref _stopped, 1);
            _wake.Set();
        }

        /// <summary>Waits until no job runs; false on timeout.</summary>
        internal bool WaitIdle(int timeoutMs)
        {
            return _idle.WaitOne(timeoutMs, false);
        }

        private void Loop()
        {
            while (Interlocked.CompareExchange(ref _stopped, 0, 0) == 0)
            {
                _wake.WaitOne();
                IBackgroundJob job = _job;
                _job = null;
                if (job == null)
                {
                    continue;
                }
                _response.Clear();
                try
                {
                    job.Run(_response);
                }
                catch (Exception e)
                {
                    Failed(e);
                }
                Completed();
            }
        }

        /// <summary>A failing adapter must not kill the AT loop: the host gets ERROR, the log the reason.</summary>
        private void Failed(Exception e)
        {
            _log.Write(_command.DisplayName + " failed: " + e.Message);
            _response.ReplaceWithError();
        }
    }
}
