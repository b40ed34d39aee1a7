namespace EspAtNano.Engine
{
    /// <summary>
    /// AT+MQTTCONN=0,"host",port,reconnect[,timeout_ms] and AT+MQTTCONN?. The connect itself
    /// runs in the background; +MQTTCONNECTED comes before OK, +MQTTDISCONNECTED before ERROR.
    /// </summary>
    public sealed class MqttConnCommand : AtCommand, IBackgroundJob
    {
        public const int MaxHostLength = 128;

        private static readonly byte[] QueryPrefix = AsciiText.GetBytes("+MQTTCONN:0,");

        private readonly MqttLink _link;

        public MqttConnCommand(MqttLink link) : base("+MQTTCONN")
        {
            _link = link;
        }

        public override void Query(CommandContext context)
        {
            ByteBuffer b = context.Response.Buffer;
            lock (_link.SyncRoot)
            {
                int state = _link.State;
                b.Append(QueryPrefix).AppendDecimal(state).Append((byte)',');
                if (state <= LinkState.ConnectionConfigSet)
                {
                    b.AppendDecimal(_link.Config.Scheme).Append(",\"\",\"\",\"\",0");
                }
                else
                {
                    Urcs.AppendEndpoint(b, _link.Config);
                }
            }
            context.Response.EndLine();
            context.Response.Ok();
        }

        public override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            if (!MqttChecks.Begin(r, p, 4, 5) || !CheckState(r))
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
            lock (_link.SyncRoot)
            {
                LinkConfig c = _link.Config;
                c.Host = AsciiText.GetString(host);
                c.Port = port;
                c.Reconnect = reconnect == 1;
                c.ConnectTimeoutMs = timeoutMs;
            }
            context.RunInBackground(this);
        }

        public void Run(Response response)
        {
            ConnectOutcome outcome = _link.Connect();
            if (outcome == ConnectOutcome.Connected)
            {
                lock (_link.SyncRoot)
                {
                    Urcs.AppendConnected(response.Buffer, _link.Config);
                }
                response.Ok();
                return;
            }
            response.Buffer.Append(Urcs.Disconnected);
            response.MqttError(ErrorFor(outcome));
        }

        private bool CheckState(Response r)
        {
            int state = _link.State;
            if (state == LinkState.NotInitialised)
            {
                r.MqttError(MqttError.NoConfigured);
                return false;
            }
            if (LinkState.IsConnected(state))
            {
                r.MqttError(MqttError.AlreadyConnected);
                return false;
            }
            if (state == LinkState.Disconnected && _link.Config.Reconnect)
            {
                r.MqttError(MqttError.InDisconnectedState);
                return false;
            }
            return true;
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
