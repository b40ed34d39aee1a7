
namespace EspAtNano.Tests.Support;

/// <summary>A certificate store in memory; a scripted refusal makes every write and delete fail.</summary>
public sealed class MemoryCertificates : ICertificateStore
{
    public readonly Dictionary<string, byte[]> Files = new();

    /// <summary>When set, Write and Delete change nothing and answer this.</summary>
    public StoreResult? Refusal { get; set; }

    public byte[]? Read(string fileName) => Files.TryGetValue(fileName, out byte[]? b) ? b : null;

    public bool Exists(string fileName) => Files.ContainsKey(fileName);

    public StoreResult Write(string fileName, byte[] contents)
    {
        if (Refusal != null)
        {
            return Refusal;
        }
        Files[fileName] = contents;
        return StoreResult.Success;
    }

    public StoreResult Delete(string fileName)
    {
        if (Refusal != null)
        {
            return Refusal;
        }
        return Files.Remove(fileName) ? StoreResult.Success : new StoreResult(StoreOutcome.NotFound, fileName + " is not stored");
    }
}

public sealed class SettableClock : IClock
{
    public bool IsSynchronised { get; set; } = true;

    public DateTime UtcNow { get; set; } = new DateTime(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc);
}

public sealed class CountingSystem : ISystemControl
{
    public int Restarts;

    public void Restart() => Restarts++;
}

public sealed class ListLog : ILog
{
    public readonly List<string> Lines = new();

    public void Write(string message)
    {
        lock (Lines) { Lines.Add(message); }
    }

    public string[] Snapshot()
    {
        lock (Lines) { return Lines.ToArray(); }
    }

    public bool Any(string part) => Snapshot().Any(l => l.Contains(part));
}

public sealed class RecordingTimeSync : ITimeSync
{
    public readonly List<string> Calls = new();

    public int MaxServers { get; set; } = 3;

    /// <summary>Set to refuse SetTime with this reason.</summary>
    public string? TimeRefusal;

    public void Configure(bool enabled, string[] servers)
    {
        lock (Calls) { Calls.Add($"configure {(enabled ? 1 : 0)} [{string.Join(",", servers)}]"); }
    }

    public SettingResult SetTime(DateTime utc)
    {
        lock (Calls) { Calls.Add("set " + utc.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)); }
        return TimeRefusal == null ? SettingResult.Applied : SettingResult.Refused(TimeRefusal);
    }
}

/// <summary>A heap whose free size the test sets; null reads as unknown.</summary>
public sealed class SettableHeap : ISystemInfo
{
    public int? FreeBytes = 150000;

    public HeapReading ReadHeap() => FreeBytes is int free ? HeapReading.Free(free) : HeapReading.Unknown("no heap statistics");
}

/// <summary>Sleep modes as a platform that honours some: the others are refused.</summary>
public sealed class ScriptedSleep : ISleepControl
{
    public readonly List<int> Honoured = new() { 0, 1, 3 };
    public readonly List<int> Applied = new();

    public int PowerUpMode => 1;

    public SettingResult SetMode(int mode)
    {
        if (!Honoured.Contains(mode))
        {
            return SettingResult.Refused("mode " + mode + " not on this platform");
        }
        Applied.Add(mode);
        return SettingResult.Applied;
    }
}
