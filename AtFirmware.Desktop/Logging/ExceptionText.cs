namespace EspAtNano.Desktop.Logging;

/// <summary>
/// An exception with its inner exceptions on one log line: MQTTnet wraps the reason a connect
/// failed (a refused socket, a rejected certificate) two or three levels deep.
/// </summary>
public static class ExceptionText
{
    public static string Describe(Exception exception)
    {
        return string.Join(" <- ", Chain(exception).Select(e => e.GetType().Name + ": " + e.Message));
    }

    public static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? e = exception; e != null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
