using System.Globalization;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Logging;

/// <summary>
/// Diagnostics, one timestamped line each, on stderr or in a file. Never stdout: in console mode
/// stdout is the UART, and a stray log line there would be a byte the host did not expect.
/// </summary>
public sealed class TwinLog : ILog, IDisposable
{
    private readonly object _sync = new object();
    private readonly TextWriter _writer;
    private readonly bool _ownsWriter;

    private TwinLog(TextWriter writer, bool ownsWriter)
    {
        _writer = writer;
        _ownsWriter = ownsWriter;
    }

    public static TwinLog ToStandardError()
    {
        return new TwinLog(Console.Error, false);
    }

    /// <summary>Appends, so the log of an earlier run survives a restart of the twin.</summary>
    public static TwinLog ToFile(string path)
    {
        return new TwinLog(new StreamWriter(path, true) { AutoFlush = true }, true);
    }

    public void Write(string message)
    {
        string line = DateTime.Now.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture) + " " + message;
        lock (_sync)
        {
            try
            {
                _writer.WriteLine(line);
            }
            catch (Exception e) when (e is IOException || e is ObjectDisposedException)
            {
                // A full disk or a closed stderr must not take the module down with it.
            }
        }
    }

    public void Dispose()
    {
        if (_ownsWriter)
        {
            lock (_sync)
            {
                _writer.Dispose();
            }
        }
    }
}
