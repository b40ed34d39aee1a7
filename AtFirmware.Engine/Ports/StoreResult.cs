namespace EspAtNano.Engine.Ports
{
    /// <summary>What a change to the certificate store gave: the outcome the host is told, and why, for the log.</summary>
    public sealed class StoreResult
    {
        public static readonly StoreResult Success = new StoreResult(StoreOutcome.Done, "");

        public readonly StoreOutcome Outcome;
        public readonly string Detail;

        public StoreResult(StoreOutcome outcome, string detail)
        {
            Outcome = outcome;
            Detail = detail ?? "";
        }

        public bool IsDone { get { return Outcome == StoreOutcome.Done; } }
    }
}
