using EspAtNano.Engine.Link;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Mqtt
{
    /// <summary>
    /// A publish between its command line and its background send: what MQTTPUB and
    /// MQTTPUBRAW share. One at a time, since the module is busy until it is sent.
    /// </summary>
    internal sealed class PendingPublish
    {
        internal byte[] Topic;
        internal byte[] Payload;
        private int _qos;
        private bool _retain;
        private int _timeoutMs;
        private MqttLink _link;

        /// <summary>qos, retain and the optional timeout, starting at parameter <paramref name="qosIndex"/>.</summary>
        internal bool ReadDelivery(Response r, ParameterList p, int qosIndex, MqttLink link)
        {
            int retain;
            if (!MqttChecks.Qos(r, p, qosIndex, out _qos) || !MqttChecks.Retain(r, p, qosIndex + 1, out retain)
                || !MqttChecks.Timeout(r, p, qosIndex + 2, out _timeoutMs))
            {
                return false;
            }
            _retain = retain == 1;
            _link = link;
            return true;
        }

        internal bool Send()
        {
            bool sent = _link.Publish(Topic, Payload, _qos, _retain, _timeoutMs).Succeeded;
            Topic = null;
            Payload = null;
            return sent;
        }
    }
}
