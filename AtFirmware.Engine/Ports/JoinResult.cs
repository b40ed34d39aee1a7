namespace EspAtNano.Engine.Ports
{
    /// <summary>What a Wi-Fi join gave: the outcome the host is told (+CWJAP code) and why, for the log.</summary>
    public sealed class JoinResult
    {
        public static readonly JoinResult Success = new JoinResult(JoinOutcome.Joined, "");

        public readonly JoinOutcome Outcome;
        public readonly string Detail;

        public JoinResult(JoinOutcome outcome, string detail)
        {
            Outcome = outcome;
            Detail = detail ?? "";
        }

        public bool IsJoined { get { return Outcome == JoinOutcome.Joined; } }
    }
}
