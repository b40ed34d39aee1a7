using EspAtNano.Engine.Link;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands.Mqtt
{
    /// <summary>
    /// AT+MQTTCONN=0,"host",port,reconnect[,timeout_ms] and AT+MQTTCONN?. The connect itself
    /// runs in the background; +MQTTCONNECTED comes before OK, +MQTTDISCONNECTED before ERROR,
    /// and messages that arrived meanwhile right after either.
    /// </summary>
    internal sealed class MqttConnCommand : AtCommand, IBackgroundJob
    {
        internal const int MaxHostLength = 128;

        private MqttLink _link;

        internal MqttConnCommand() : base("+MQTTCONN", CommandForms.Query | CommandForms.Set)
        {
        }

        internal override void Query(CommandContext context)
        {
            context.Link.AppendConnQuery(context.Response.Buffer);
            context.Response.Ok();
        }

        internal override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            MqttLink link = context.Link;
            if (!MqttChecks.Begin(r, p, 4, 5) || !MqttChecks.Accepted(r, link, LinkCommand.Connect))
            {
                return;
            }
            byte[] host;
            int port, reconnect, timeoutMs;
            if (!ReadHost(r, p, out host)
                || !ArgumentReader.MqttInt(r, p, 2, 0, 65535, MqttError.PortReadFailed, MqttError.PortValueIsWrong, out port)
                || !ArgumentReader.MqttInt(r, p, 3, 0, 1, MqttError.ReconnectReadFailed, MqttError.ReconnectValueIsWrong, out reconnect)
                || !MqttChecks.Timeout(r, p, 4, out timeoutMs))
            {
                return;
            }
            int refusal = link.SetEndpoint(AsciiText.GetString(host), port, reconnect == 1, timeoutMs);
            if (refusal != 0)
            {
                r.MqttError(refusal);
                return;
            }
            _link = link;
            context.RunInBackground(this);
        }

        void IBackgroundJob.Run(Response response)
        {
            response.UnparkMessagesAfter();
            ConnectResult result = _link.Connect();
            if (result.IsConnected)
            {
                _link.AppendConnectedUrc(response.Buffer);
                response.Ok();
                return;
            }
            response.Buffer.Append(Urcs.Disconnected);
            response.MqttError(ErrorFor(result.Outcome));
        }

        /// <summary>1–128 bytes of A-Z a-z 0-9 . - (names and IPv4 literals).</summary>
        private static bool ReadHost(Response r, ParameterList p, out byte[] host)
        {
            if (!ArgumentReader.MqttString(r, p, 1, MaxHostLength, MqttError.HostReadFailed, MqttError.HostIsOverlength, out host))
            {
                return false;
            }
            if (host.Length == 0)
            {
                r.MqttError(MqttError.HostIsNull);
                return false;
            }
            if (!AsciiText.IsHostName(host))
            {
                r.MqttError(MqttError.HostnameVerifyFailed);
                return false;
            }
            return true;
        }

        private static int ErrorFor(ConnectOutcome outcome)
        {
            if (outcome == ConnectOutcome.Timeout)
            {
                return MqttError.ConnectTimeout;
            }
            return outcome == ConnectOutcome.TlsFailure ? MqttError.TlsConfigError : MqttError.ClientStartFailed;
        }
    }
}
