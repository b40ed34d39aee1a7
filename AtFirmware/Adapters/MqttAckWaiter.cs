using System.Collections;
using System.Threading;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// Waits for M2Mqtt's acknowledgement event (PUBACK/PUBCOMP, SUBACK, UNSUBACK) of one message
    /// id. M2Mqtt returns the id from Publish/Subscribe/Unsubscribe and raises the event later on
    /// its own thread, possibly before the caller has the id in hand, so results are collected
    /// from Begin on and matched by id; an ack left over from an earlier, timed-out call has
    /// another id and is ignored. The engine never overlaps two calls of one kind.
    /// </summary>
    public sealed class MqttAckWaiter
    {
        private readonly object _sync = new object();
        private readonly AutoResetEvent _signal = new AutoResetEvent(false);
        private readonly ArrayList _ids = new ArrayList();
        // MqttRequestResult per id in _ids.
        private readonly ArrayList _results = new ArrayList();
        private bool _active;
        private bool _aborted;

        /// <summary>Call before the M2Mqtt call whose ack is awaited.</summary>
        public void Begin()
        {
            lock (_sync)
            {
                _active = true;
                _aborted = false;
                _ids.Clear();
                _results.Clear();
            }
            _signal.Reset();
        }

        /// <summary>From M2Mqtt's event thread: what the ack of <paramref name="messageId"/> said.</summary>
        public void Complete(int messageId, MqttRequestResult result)
        {
            lock (_sync)
            {
                if (!_active)
                {
                    return;
                }
                _ids.Add(messageId);
                _results.Add(result);
            }
            _signal.Set();
        }

        /// <summary>The link is gone: a waiting call gives up now instead of at its timeout.</summary>
        public void Abort()
        {
            lock (_sync)
            {
                if (!_active)
                {
                    return;
                }
                _aborted = true;
            }
            _signal.Set();
        }

        /// <summary>
        /// The ack's result for <paramref name="messageId"/>; TimedOut when none came in time,
        /// NotConnected when the link went away meanwhile. <paramref name="ack"/> names the
        /// awaited packet in the failure's detail.
        /// </summary>
        public MqttRequestResult Wait(int messageId, int timeoutMs, string ack)
        {
            Deadline deadline = new Deadline(timeoutMs);
            while (true)
            {
                lock (_sync)
                {
                    for (int i = 0; i < _ids.Count; i++)
                    {
                        if ((int)_ids[i] == messageId)
                        {
                            _active = false;
                            return (MqttRequestResult)_results[i];
                        }
                    }
                    if (_aborted)
                    {
                        _active = false;
                        return MqttRequestResult.Failed(RequestOutcome.NotConnected, "the link closed before the " + ack);
                    }
                    if (deadline.Passed)
                    {
                        _active = false;
                        return MqttRequestResult.Failed(RequestOutcome.TimedOut, "no " + ack + " within " + timeoutMs.ToString() + " ms");
                    }
                }
                _signal.WaitOne(deadline.RemainingMs, false);
            }
        }

        /// <summary>Stops collecting when the call failed before there was anything to wait for.</summary>
        public void Cancel()
        {
            lock (_sync)
            {
                _active = false;
            }
        }
    }
}
