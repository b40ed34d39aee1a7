using System.Globalization;
using System.Runtime.InteropServices;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Desktop.Platform;

/// <summary>
/// The module's certificate partitions as files in one directory (--certs), under ESP-AT's names
/// (docs/commands/mqtt.md#atmqttusercfg). Only a regular file of at most <see cref="MaxFileBytes"/> is read: MQTTCONN reads
/// it on the engine's command thread, where a FIFO would block the module for good and a device
/// such as /dev/zero would fill memory. Anything else is refused with a log line saying why.
/// AT+SYSMFG writes a file as a new file beside it, flushed to the disk, then renamed over the
/// old one (docs/commands/basic.md#atsysmfg--certificates-over-the-uart): a rename within a directory is atomic, so the name
/// holds the old file or the new one, never part of either, whatever stops the twin.
/// </summary>
public sealed class DirectoryCertificateStore : ICertificateStore
{
    /// <summary>A PEM certificate chain or key takes a few KiB: a file beyond this is none.</summary>
    public const int MaxFileBytes = 64 * 1024;

    private readonly string _directory;
    private readonly ILog _log;

    public DirectoryCertificateStore(string directory, ILog log)
    {
        _directory = directory;
        _log = log;
    }

    public byte[]? Read(string fileName)
    {
        // The engine only knows the file name; where the twin looked is the useful part.
        string path = Path.GetFullPath(Path.Combine(_directory, fileName));
        try
        {
            string? refusal = FileKind.Refusal(path);
            if (refusal == null)
            {
                byte[]? contents = ReadAtMostMax(path);
                if (contents != null)
                {
                    return contents;
                }
                refusal = FileKind.TooLarge;
            }
            _log.Write("certs: not reading " + path + ": " + refusal);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            _log.Write("certs: cannot read " + path + ": " + e.Message);
        }
        return null;
    }

    public bool Exists(string fileName)
    {
        // Path.Exists looks without opening, so a FIFO at the name cannot block the listing.
        return Path.Exists(Path.Combine(_directory, fileName));
    }

    public StoreResult Write(string fileName, byte[] contents)
    {
        string path = Path.GetFullPath(Path.Combine(_directory, fileName));
        if (contents.Length > MaxFileBytes)
        {
            return new StoreResult(StoreOutcome.TooLarge, path + ": " + contents.Length + " bytes, " + FileKind.TooLarge);
        }
        // Beside the target, so the rename stays within one file system; a name no certificate has.
        string temporary = Path.Combine(Path.GetDirectoryName(path) ?? _directory,
            "." + fileName + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (FileStream file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1))
            {
                file.Write(contents, 0, contents.Length);
                file.Flush(true);
            }
            File.Move(temporary, path, true);
            return StoreResult.Success;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            TryDelete(temporary);
            return new StoreResult(StoreOutcome.Failed, "cannot write " + path + ": " + e.Message);
        }
    }

    public StoreResult Delete(string fileName)
    {
        string path = Path.GetFullPath(Path.Combine(_directory, fileName));
        try
        {
            if (!Path.Exists(path))
            {
                return new StoreResult(StoreOutcome.NotFound, path + ": no such file");
            }
            if (Directory.Exists(path))
            {
                return new StoreResult(StoreOutcome.Failed, path + " is a directory, not a certificate");
            }
            File.Delete(path);
            return StoreResult.Success;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            return new StoreResult(StoreOutcome.Failed, "cannot delete " + path + ": " + e.Message);
        }
    }

    /// <summary>Removes a half-written temporary file; one that cannot go is only litter (no certificate has its name).</summary>
    private void TryDelete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            _log.Write("certs: cannot remove " + temporary + ": " + e.Message);
        }
    }

    /// <summary>The whole file, or null when it holds more than <see cref="MaxFileBytes"/> (it may have grown since it was examined).</summary>
    private static byte[]? ReadAtMostMax(string path)
    {
        using FileStream file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        byte[] buffer = new byte[MaxFileBytes + 1];
        int filled = 0;
        int n;
        while (filled < buffer.Length && (n = file.Read(buffer, filled, buffer.Length - filled)) > 0)
        {
            filled += n;
        }
        return filled > MaxFileBytes ? null : buffer.AsSpan(0, filled).ToArray();
    }

    /// <summary>
    /// What a path is, without opening it (opening a FIFO blocks until a writer comes). .NET
    /// does not tell a FIFO or a device from a regular file, so on Linux statx(2) is asked: its
    /// struct has the same layout on every architecture. Elsewhere FileInfo tells directories
    /// and sizes: Windows keeps no FIFOs or devices among files, and where a system does, they
    /// report no size, as an empty file, which holds no certificate either.
    /// </summary>
    private static class FileKind
    {
        public static readonly string TooLarge = "more than " + MaxFileBytes + " bytes, larger than any certificate";

        private const int AtFdCwd = -100;
        private const uint StatxTypeMask = 0x1;
        private const uint StatxSizeMask = 0x200;
        private const int StatxBufferSize = 256;
        private const int StatxModeOffset = 28;
        private const int StatxSizeOffset = 40;
        private const int ENOENT = 2;
        private const int S_IFMT = 0xF000;
        private const int S_IFIFO = 0x1000;
        private const int S_IFCHR = 0x2000;
        private const int S_IFDIR = 0x4000;
        private const int S_IFBLK = 0x6000;
        private const int S_IFREG = 0x8000;
        private const int S_IFSOCK = 0xC000;

        /// <summary>Why <paramref name="path"/> cannot be read as a certificate, or null when it can.</summary>
        public static string? Refusal(string path)
        {
            if (OperatingSystem.IsLinux())
            {
                try
                {
                    return LinuxRefusal(path);
                }
                catch (EntryPointNotFoundException)
                {
                    // A C library older than glibc 2.28 has no statx.
                }
            }
            return PortableRefusal(path);
        }

        private static string? LinuxRefusal(string path)
        {
            byte[] status = new byte[StatxBufferSize];
            if (statx(AtFdCwd, path, 0, StatxTypeMask | StatxSizeMask, status) != 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                return errno == ENOENT ? "no such file" : "cannot examine it: " + Marshal.GetPInvokeErrorMessage(errno);
            }
            int type = MemoryMarshal.Read<ushort>(status.AsSpan(StatxModeOffset)) & S_IFMT;
            if (type != S_IFREG)
            {
                return "it is " + Name(type) + ", not a regular file";
            }
            return MemoryMarshal.Read<long>(status.AsSpan(StatxSizeOffset)) > MaxFileBytes ? TooLarge : null;
        }

        private static string? PortableRefusal(string path)
        {
            if (Directory.Exists(path))
            {
                return "it is a directory, not a regular file";
            }
            FileInfo file = new FileInfo(path);
            if (!file.Exists)
            {
                return "no such file";
            }
            if (file.Length == 0)
            {
                return "it is empty or not a regular file";
            }
            return file.Length > MaxFileBytes ? TooLarge : null;
        }

        private static string Name(int type)
        {
            switch (type)
            {
                case S_IFIFO:
                    return "a FIFO";
                case S_IFCHR:
                    return "a character device";
                case S_IFDIR:
                    return "a directory";
                case S_IFBLK:
                    return "a block device";
                case S_IFSOCK:
                    return "a socket";
                default:
                    return "a special file (type 0x" + type.ToString("x", CultureInfo.InvariantCulture) + ")";
            }
        }

        [DllImport("libc", SetLastError = true)]
        private static extern int statx(int dirFd, string path, int flags, uint mask, byte[] status);
    }
}
