using System;
using System.Threading;

namespace EspAtNano.Engine.Device
{
    /// <summary>
    /// Runs a blocking platform call on its own thread so that the caller waits only for its own
    /// timeout: nanoFramework's DNS has no timeout, WifiAdapter.Connect waits up to 20 s natively
    /// and M2Mqtt's connect 30 s, whatever the host asked for. When the caller stops waiting (the
    /// timeout, or Abandon from another thread), the call is abandoned: it finishes in the
    /// background and whatever it produced goes to IBlockingWork.Discard instead of the caller.
    /// </summary>
    internal sealed class BoundedCall
    {
        private readonly object _sync = new object();
        private readonly IBlockingWork _work;
        private readonly ManualResetEvent _ended = new ManualResetEvent(false);
        private bool _finished;
        private bool _abandoned;
        private Exception _failure;

        public BoundedCall(IBlockingWork work)
        {
            _work = work;
        }

        /// <summary>What the work threw, or null; read after Run returned true.</summary>
        public Exception Failure
        {
            get
            {
                lock (_sync)
                {
                    return _failure;
                }
            }
        }

        /// <summary>True once the call was given up (its results go to Discard).</summary>
        public bool IsAbandoned
        {
            get
            {
                lock (_sync)
                {
                    return _abandoned;
                }
            }
        }

        /// <summary>
        /// Starts the work and waits at most <paramref name="timeoutMs"/>: true when it finished
        /// in time and was not abandoned (its results are the caller's), false otherwise.
        /// </summary>
        public bool Run(int timeoutMs)
        {
            new Thread(Work).Start();
            _ended.WaitOne(timeoutMs < 0 ? 0 : timeoutMs, false);
            lock (_sync)
            {
                if (!_finished)
                {
                    _abandoned = true;
                }
                return !_abandoned;
            }
        }

        /// <summary>
        /// Gives the call up from another thread (the link was cleaned meanwhile): a waiting Run
        /// returns false at once. Results are discarded even when Run already returned true, so a
        /// caller that races with Abandon must check it (IsAbandoned) before using them.
        /// </summary>
        public void Abandon()
        {
            bool discardNow;
            lock (_sync)
            {
                if (_abandoned)
                {
                    return;
                }
                _abandoned = true;
                // Finished but not yet taken by the caller: nobody else will release its results.
                discardNow = _finished;
            }
            _ended.Set();
            if (discardNow)
            {
                DiscardSafely();
            }
        }

        private void Work()
        {
            Exception failure = null;
            try
            {
                _work.Run();
            }
            catch (Exception e)
            {
                failure = e;
            }
            bool discard;
            lock (_sync)
            {
                _failure = failure;
                _finished = true;
                discard = _abandoned;
            }
            if (discard)
            {
                DiscardSafely();
            }
            _ended.Set();
        }

        private void DiscardSafely()
        {
            try
            {
                _work.Discard();
            }
            catch (Exception)
            {
                // Releasing a result nobody wants: a failure here has no one to report to.
            }
        }
    }
}
