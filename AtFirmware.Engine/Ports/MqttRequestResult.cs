namespace EspAtNano.Engine.Ports
{
    /// <summary>What a publish, subscribe or unsubscribe gave: the outcome and, for a failure, why.</summary>
    public sealed class MqttRequestResult
    {
        public static readonly MqttRequestResult Done = new MqttRequestResult(RequestOutcome.Completed, -1, "");

        public readonly RequestOutcome Outcome;
        /// <summary>Subscribe only: the QoS the SUBACK granted (0–2); -1 otherwise.</summary>
        public readonly int GrantedQos;
        /// <summary>Why it failed, in the client's words; empty on success.</summary>
        public readonly string Detail;

        public MqttRequestResult(RequestOutcome outcome, int grantedQos, string detail)
        {
            Outcome = outcome;
            GrantedQos = grantedQos;
            Detail = detail ?? "";
        }

        public bool Succeeded { get { return Outcome == RequestOutcome.Completed; } }

        public static MqttRequestResult Granted(int qos)
        {
            return new MqttRequestResult(RequestOutcome.Completed, qos, "");
        }

        public static MqttRequestResult Failed(RequestOutcome outcome, string detail)
        {
            return new MqttRequestResult(outcome, -1, detail);
        }
    }
}
