namespace EspAtNano.Engine.Ports
{
    /// <summary>What a connect attempt gave: the outcome the host is told, and why, for the log.</summary>
    public sealed class ConnectResult
    {
        public static readonly ConnectResult Success = new ConnectResult(ConnectOutcome.Connected, ConnectFailure.None, 0, "");

        public readonly ConnectOutcome Outcome;
        public readonly ConnectFailure Reason;
        /// <summary>The CONNACK return code when the broker refused (Reason BrokerRefused), else 0.</summary>
        public readonly int BrokerReturnCode;
        /// <summary>The client's own words (exception text, the refusal's name); never holds a secret.</summary>
        public readonly string Detail;

        public ConnectResult(ConnectOutcome outcome, ConnectFailure reason, int brokerReturnCode, string detail)
        {
            Outcome = outcome;
            Reason = reason;
            BrokerReturnCode = brokerReturnCode;
            Detail = detail ?? "";
        }

        public bool IsConnected { get { return Outcome == ConnectOutcome.Connected; } }

        public static ConnectResult Failed(ConnectOutcome outcome, ConnectFailure reason, string detail)
        {
            return new ConnectResult(outcome, reason, 0, detail);
        }

        public static ConnectResult Refused(int brokerReturnCode, string detail)
        {
            return new ConnectResult(ConnectOutcome.ClientStartFailed, ConnectFailure.BrokerRefused, brokerReturnCode, detail);
        }
    }
}
