#nullable disable
using System.Collections;
using System.Threading;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware.Tests.Support
{
    /// <summary>
    /// An MQTT client that answers as the test says, records what the engine asked for, can hold
    /// a call open (to see busy answers) and plays the broker's side: messages and a dropped link.
    /// </summary>
    public sealed class ScriptedMqttClient : IMqttClientPort
    {
        // Long enough for any slow machine; a held call that is never released fails the test, not the run.
        private const int HoldLimitMs = 30000;

        private readonly ArrayList _calls = new ArrayList();
        private IMqttLinkListener _listener;
        private ManualResetEvent _hold;
        private readonly ManualResetEvent _callHeld = new ManualResetEvent(false);

        /// <summary>What the next connects answer, first to last; Connected once the list is used up.</summary>
        public readonly ArrayList ConnectOutcomes = new ArrayList();

        /// <summary>False: publishes time out.</summary>
        public bool PublishSucceeds = true;

        /// <summary>False: the broker refuses subscriptions (SUBACK 0x80).</summary>
        public bool SubscribeGranted = true;

        /// <summary>How many connects the engine asked for.</summary>
        public int ConnectCount;

        /// <summary>The last connect request, null before the first.</summary>
        public MqttConnectRequest LastConnect;

        /// <summary>The payload of the last publish, null before the first.</summary>
        public byte[] LastPayload;

        public void SetListener(IMqttLinkListener listener)
        {
            _listener = listener;
        }

        public ConnectResult Connect(MqttConnectRequest request, int timeoutMs)
        {
            Record("connect " + request.Host + ":" + request.Port + " scheme=" + request.Scheme);
            LastConnect = request;
            Interlocked.Increment(ref ConnectCount);
            WaitIfHeld();
            ConnectOutcome outcome = ConnectOutcome.Connected;
            lock (ConnectOutcomes)
            {
                if (ConnectOutcomes.Count > 0)
                {
                    outcome = (ConnectOutcome)ConnectOutcomes[0];
                    ConnectOutcomes.RemoveAt(0);
                }
            }
            return outcome == ConnectOutcome.Connected
                ? ConnectResult.Success
                : ConnectResult.Failed(outcome, ConnectFailure.Network, "scripted");
        }

        public MqttRequestResult Publish(byte[] topic, byte[] payload, int qos, bool retain, int timeoutMs)
        {
            Record("publish " + Latin1.Text(topic) + " qos=" + qos + " retain=" + (retain ? 1 : 0) + " " + Latin1.Text(payload));
            LastPayload = payload;
            WaitIfHeld();
            return PublishSucceeds ? MqttRequestResult.Done : MqttRequestResult.Failed(RequestOutcome.TimedOut, "scripted");
        }

        public MqttRequestResult Subscribe(byte[] topic, int qos, int timeoutMs)
        {
            Record("subscribe " + Latin1.Text(topic) + " qos=" + qos);
            WaitIfHeld();
            return SubscribeGranted ? MqttRequestResult.Granted(qos) : MqttRequestResult.Failed(RequestOutcome.Refused, "scripted SUBACK 0x80");
        }

        public MqttRequestResult Unsubscribe(byte[] topic, int timeoutMs)
        {
            Record("unsubscribe " + Latin1.Text(topic));
            WaitIfHeld();
            return MqttRequestResult.Done;
        }

        public void Disconnect()
        {
            Record("disconnect");
        }

        /// <summary>From now on every call waits until Release.</summary>
        public void Hold()
        {
            _callHeld.Reset();
            _hold = new ManualResetEvent(false);
        }

        /// <summary>Waits until a call is waiting on Hold; false on timeout.</summary>
        public bool WaitForHeldCall(int timeoutMs)
        {
            return _callHeld.WaitOne(timeoutMs, false);
        }

        public void Release()
        {
            ManualResetEvent hold = _hold;
            _hold = null;
            if (hold != null)
            {
                hold.Set();
            }
        }

        /// <summary>A PUBLISH from the broker.</summary>
        public void Deliver(string topic, string payload, int qos)
        {
            _listener.OnMessage(Latin1.Bytes(topic), Latin1.Bytes(payload), qos);
        }

        /// <summary>The broker goes away.</summary>
        public void DropLink()
        {
            _listener.OnConnectionLost("scripted drop");
        }

        /// <summary>The calls so far, one line each, joined by " | ".</summary>
        public string Calls
        {
            get
            {
                lock (_calls)
                {
                    string all = "";
                    foreach (string call in _calls)
                    {
                        all += (all.Length == 0 ? "" : " | ") + call;
                    }
                    return all;
                }
            }
        }

        private void WaitIfHeld()
        {
            ManualResetEvent hold = _hold;
            if (hold != null)
            {
                _callHeld.Set();
                hold.WaitOne(HoldLimitMs, false);
            }
        }

        private void Record(string call)
        {
            lock (_calls)
            {
                _calls.Add(call);
            }
        }
    }
}
