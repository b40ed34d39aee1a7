#nullable disable
using System;
using System.Threading;

namespace EspAtNano.Firmware.Tests.Support
{
    /// <summary>
    /// A call made on its own thread, for a test that must act while the call blocks (nanoFramework
    /// has no tasks). The call keeps its result in the test's own variables; Ended says it returned.
    /// </summary>
    public sealed class BackgroundCall
    {
        private readonly Action _call;
        private readonly ManualResetEvent _ended = new ManualResetEvent(false);
        private Thread _thread;
        private Exception _failure;

        private BackgroundCall(Action call)
        {
            _call = call;
        }

        public static BackgroundCall Start(Action call)
        {
            BackgroundCall started = new BackgroundCall(call);
            started._thread = new Thread(started.Run);
            started._thread.Start();
            return started;
        }

        /// <summary>True once the call returned (or threw: then Failure says what).</summary>
        public bool HasEnded
        {
            get { return _ended.WaitOne(0, false); }
        }

        /// <summary>Waits up to Waiting.LimitMs until the call blocks (a wait handle, a lock, a sleep): false if it never did.</summary>
        public bool WaitBlocked()
        {
            return Waiting.Until(() => (_thread.ThreadState & ThreadState.WaitSleepJoin) != 0);
        }

        public Exception Failure
        {
            get { return _failure; }
        }

        /// <summary>Waits up to Waiting.LimitMs for the call to return.</summary>
        public bool WaitEnded()
        {
            return _ended.WaitOne(Waiting.LimitMs, false);
        }

        private void Run()
        {
            try
            {
                _call();
            }
            catch (Exception e)
            {
                _failure = e;
            }
            _ended.Set();
        }
    }
}
