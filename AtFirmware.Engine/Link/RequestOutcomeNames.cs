using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Link
{
    /// <summary>Log words for request outcomes: nanoFramework's Enum.ToString() gives only the number.</summary>
    internal static class RequestOutcomeNames
    {
        internal static string Of(RequestOutcome outcome)
        {
            switch (outcome)
            {
                case RequestOutcome.Completed:
                    return "completed";
                case RequestOutcome.Refused:
                    return "refused";
                case RequestOutcome.TimedOut:
                    return "timed out";
                case RequestOutcome.NotConnected:
                    return "not connected";
                default:
                    return "failed";
            }
        }
    }
}
