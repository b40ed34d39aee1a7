namespace EspAtNano.Tests.Support;

/// <summary>Files of the repository itself, for tests that check what ships beside the code.</summary>
public static class RepoFiles
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding EspAtNano.sln, found upwards from the test assembly.</summary>
    public static string Root => RootPath.Value;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));

    /// <summary>Path relative to <paramref name="baseDir"/>, with '\' separators as MSBuild files write them.</summary>
    public static string MsBuildRelative(string baseDir, string path) =>
        Path.GetRelativePath(baseDir, path).Replace('/', '\\');

    /// <summary>Every *.cs file below <paramref name="dir"/>, leaving out build output (bin, obj) and restored packages.</summary>
    public static IEnumerable<string> SourceFiles(string dir)
    {
        foreach (string file in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories))
        {
            string[] segments = Path.GetRelativePath(dir, file).Split(Path.DirectorySeparatorChar);
            if (segments.Take(segments.Length - 1).Any(s => s is "bin" or "obj" or "packages"))
            {
                continue;
            }
            yield return file;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EspAtNano.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("EspAtNano.sln not found above " + AppContext.BaseDirectory);
    }
}
