using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Platform;

/// <summary>The module's certificate partitions as files in one directory (--certs), under ESP-AT's names (SPEC §6).</summary>
public sealed class DirectoryCertificateStore : ICertificateStore
{
    private readonly string _directory;
    private readonly ILog _log;

    public DirectoryCertificateStore(string directory, ILog log)
    {
        _directory = directory;
        _log = log;
    }

    public byte[] Read(string fileName)
    {
        string path = Path.Combine(_directory, fileName);
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            // The engine only knows the file name; where the twin looked is the useful part.
            _log.Write("certs: cannot read " + Path.GetFullPath(path) + ": " + e.Message);
            return null;
        }
    }
}
