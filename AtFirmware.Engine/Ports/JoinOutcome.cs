namespace EspAtNano.Engine.Ports
{
    /// <summary>How a Wi-Fi join ended; the failures are ESP-AT's +CWJAP codes 1–4.</summary>
    public enum JoinOutcome
    {
        Joined = 0,
        Timeout = 1,
        WrongPassword = 2,
        ApNotFound = 3,
        Failed = 4
    }
}
