using System.Threading;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Device
{
    /// <summary>
    /// Waits for the acknowledgement (PUBACK/PUBCOMP, SUBACK, UNSUBACK) of one message id. The
    /// MQTT library returns the id from its call and raises the ack event later on its own
    /// thread, possibly before the caller has the id in hand, so acks are collected from Begin on
    /// and matched by id; an ack left over from an earlier, timed-out call has another id and is
    /// ignored. The engine never overlaps two calls of one kind. A call either blocks in Wait or
    /// is told its result by callback (Notify): then no thread waits, and the result comes on the
    /// thread that brings it — the library's event thread, a lost link's, or a timer's at the timeout.
    /// </summary>
    internal sealed class AckMatcher
    {
        /// <summary>More acks than this between Begin and Wait are not kept (one call awaits one ack).</summary>
        private const int MaxEarlyAcks = 8;

        private readonly object _sync = new object();
        private readonly AutoResetEvent _signal = new AutoResetEvent(false);
        private readonly int[] _ids = new int[MaxEarlyAcks];
        private readonly MqttRequestResult[] _results = new MqttRequestResult[MaxEarlyAcks];
        private int _count;
        private bool _collecting;
        private bool _aborted;
        private int _awaited = -1;
        private readonly TimerCallback _expired;
        // While a result is to be told by callback: to whom, and the timer of that one expectation.
        private IMqttRequestDone _done;
        private Timer _deadline;
        private object _expectation;
        private string _ack;
        private int _timeoutMs;

        public AckMatcher()
        {
            _expired = Expired;
        }

        /// <summary>Call before the library call whose ack is awaited.</summary>
        public void Begin()
        {
            lock (_sync)
            {
                _collecting = true;
                _aborted = false;
                _awaited = -1;
                _count = 0;
                _signal.Reset();
            }
        }

        /// <summary>From the library's event thread: what the ack of <paramref name="messageId"/> said.</summary>
        public void Complete(int messageId, MqttRequestResult result)
        {
            IMqttRequestDone done;
            lock (_sync)
            {
                if (!_collecting)
                {
                    return;
                }
                if (_count == MaxEarlyAcks)
                {
                    // Oldest first out: only a stray from an earlier call can be that old.
                    for (int i = 1; i < MaxEarlyAcks; i++)
                    {
                        _ids[i - 1] = _ids[i];
                        _results[i - 1] = _results[i];
                    }
                    _count--;
                }
                _ids[_count] = messageId;
                _results[_count] = result;
                _count++;
                if (_awaited != messageId)
                {
                    return;
                }
                if (_done == null)
                {
                    _signal.Set();
                    return;
                }
                done = TakeExpectation();
            }
            done.Done(result);
        }

        /// <summary>The link is gone: a waiting call gives up now instead of at its timeout.</summary>
        public void Abort()
        {
            IMqttRequestDone done;
            string ack;
            lock (_sync)
            {
                if (!_collecting)
                {
                    return;
                }
                _aborted = true;
                if (_done == null)
                {
                    _signal.Set();
                    return;
                }
                ack = _ack;
                done = TakeExpectation();
            }
            done.Done(LinkClosed(ack));
        }

        /// <summary>
        /// The ack's result for <paramref name="messageId"/>; TimedOut when none came in time,
        /// NotConnected when the link went away meanwhile. <paramref name="ack"/> names the
        /// awaited packet in the failure's detail.
        /// </summary>
        public MqttRequestResult Wait(int messageId, int timeoutMs, string ack)
        {
            lock (_sync)
            {
                _awaited = messageId;
                MqttRequestResult early = Collected(messageId);
                if (early != null)
                {
                    return early;
                }
            }
            // Only the awaited id or Abort set the signal, so one wait covers the whole timeout.
            _signal.WaitOne(timeoutMs < 0 ? 0 : timeoutMs, false);
            lock (_sync)
            {
                MqttRequestResult result = Collected(messageId);
                if (result != null)
                {
                    return result;
                }
                _collecting = false;
                return _aborted ? LinkClosed(ack) : NoAckWithin(ack, timeoutMs);
            }
        }

        /// <summary>
        /// Wait without a waiting thread: <paramref name="done"/> is told the result for
        /// <paramref name="messageId"/> exactly once — before this returns when the ack came
        /// already or the link is gone, else on the thread of Complete or Abort, or on a timer's
        /// after <paramref name="timeoutMs"/> (TimedOut). The same results as Wait.
        /// </summary>
        public void Notify(int messageId, int timeoutMs, string ack, IMqttRequestDone done)
        {
            MqttRequestResult now;
            lock (_sync)
            {
                _awaited = messageId;
                now = Collected(messageId);
                if (now == null && _aborted)
                {
                    _collecting = false;
                    now = LinkClosed(ack);
                }
                if (now == null)
                {
                    _done = done;
                    _ack = ack;
                    _timeoutMs = timeoutMs;
                    // The timer's state names this expectation, so a timer of an earlier one that fires late changes nothing.
                    object expectation = new object();
                    _expectation = expectation;
                    _deadline = new Timer(_expired, expectation, timeoutMs < 0 ? 0 : timeoutMs, Timeout.Infinite);
                    return;
                }
            }
            done.Done(now);
        }

        /// <summary>Stops collecting when the call failed before there was anything to wait for.</summary>
        public void Cancel()
        {
            lock (_sync)
            {
                _collecting = false;
            }
        }

        private void Expired(object expectation)
        {
            IMqttRequestDone done;
            string ack;
            int timeoutMs;
            lock (_sync)
            {
                if (expectation != _expectation)
                {
                    return;
                }
                ack = _ack;
                timeoutMs = _timeoutMs;
                done = TakeExpectation();
            }
            done.Done(NoAckWithin(ack, timeoutMs));
        }

        /// <summary>Ends the expectation of Notify (its one result is told by the caller, outside the lock); under the lock.</summary>
        private IMqttRequestDone TakeExpectation()
        {
            IMqttRequestDone done = _done;
            _done = null;
            _expectation = null;
            _deadline.Dispose();
            _deadline = null;
            _collecting = false;
            return done;
        }

        private static MqttRequestResult LinkClosed(string ack)
        {
            return MqttRequestResult.Failed(RequestOutcome.NotConnected, "the link closed before the " + ack);
        }

        private static MqttRequestResult NoAckWithin(string ack, int timeoutMs)
        {
            return MqttRequestResult.Failed(RequestOutcome.TimedOut, "no " + ack + " within " + timeoutMs.ToString() + " ms");
        }

        /// <summary>The result collected for the id (and collecting stops), or null; under the lock.</summary>
        private MqttRequestResult Collected(int messageId)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_ids[i] == messageId)
                {
                    _collecting = false;
                    return _results[i];
                }
            }
            return null;
        }
    }
}
