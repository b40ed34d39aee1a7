namespace EspAtNano.Desktop;

/// <summary>A command line the twin cannot run with; the message says what to change.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message) : base(message)
    {
    }
}
