using EspAtNano.Engine.Link;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands.Mqtt
{
    /// <summary>
    /// A publish between its command line and its send: what MQTTPUB and MQTTPUBRAW share, and
    /// the background job that sends it, blocking or by callback as the MQTT client can. One at
    /// a time, since the module is busy until it is sent.
    /// </summary>
    internal sealed class PendingPublish : IBackgroundJob, IAsyncJob, IMqttRequestDone
    {
        internal byte[] Topic;
        internal byte[] Payload;
        // MQTTPUBRAW answers +MQTTPUB:OK / +MQTTPUB:FAIL; MQTTPUB answers OK or an MQTT error code.
        private readonly bool _raw;
        private int _qos;
        private bool _retain;
        private int _timeoutMs;
        private MqttLink _link;
        // While started by callback: where the answer goes and whom to tell.
        private Response _response;
        private CommandWorker _worker;

        internal PendingPublish(bool raw)
        {
            _raw = raw;
        }

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

        void IBackgroundJob.Run(Response response)
        {
            Answer(response, _link.Publish(Topic, Payload, _qos, _retain, _timeoutMs));
        }

        bool IAsyncJob.CanStart { get { return _link.CanStartPublish; } }

        void IAsyncJob.Start(Response response, CommandWorker worker)
        {
            _response = response;
            _worker = worker;
            _link.StartPublish(Topic, Payload, _qos, _retain, _timeoutMs, this);
        }

        void IMqttRequestDone.Done(MqttRequestResult result)
        {
            Answer(_response, _link.Published(Topic, result));
            CommandWorker worker = _worker;
            _response = null;
            _worker = null;
            worker.Completed();
        }

        private void Answer(Response r, MqttRequestResult result)
        {
            Topic = null;
            Payload = null;
            if (_raw)
            {
                r.PublishResult(result.Succeeded);
            }
            else if (result.Succeeded)
            {
                r.Ok();
            }
            else
            {
                r.MqttError(MqttError.ClientPublishFailed);
            }
        }
    }
}
