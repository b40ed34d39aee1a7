using System.Threading;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Device
{
    /// <summary>
    /// Waits for the acknowledgement (PUBACK/PUBCOMP, SUBACK, UNSUBACK) of one message id. The
    /// MQTT library returns the id from its call and raises the ack event later on its own
    /// thread, possibly before the caller has the id in hand, so acks are collected from Begin on
    /// and matched by id; an ack left over from an earlier, timed-out call has another id and is
    /// ignored. The engine never overlaps two calls of one kind.
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
                if (_awaited == messageId)
                {
                    _signal.Set();
                }
            }
        }

        /// <summary>The link is gone: a waiting call gives up now instead of at its timeout.</summary>
        public void Abort()
        {
            lock (_sync)
            {
                if (!_collecting)
                {
                    return;
                }
                _aborted = true;
                _signal.Set();
            }
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
                if (_aborted)
                {
                    return MqttRequestResult.Failed(RequestOutcome.NotConnected, "the link closed before the " + ack);
                }
                return MqttRequestResult.Failed(RequestOutcome.TimedOut, "no " + ack + " within " + timeoutMs.ToString() + " ms");
            }
        }

        /// <summary>Stops collecting when the call failed before there was anything to wait for.</summary>
        public void Cancel()
        {
            lock (_sync)
            {
                _collecting = false;
            }
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
