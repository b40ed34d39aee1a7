using System.Xml.Linq;

namespace EspAtNano.Tests;

/// <summary>
/// AtFirmware.nfproj cannot be built here (nanoFramework's build needs Visual Studio), so what
/// can drift without a compiler noticing is checked as text: the engine sources it links, its own
/// sources, and its package references against packages.config.
/// </summary>
[TestClass]
public sealed class FirmwareProjectTests
{
    private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";
    private static readonly string ProjectDir = RepoFiles.PathOf("AtFirmware");
    private static readonly string EngineDir = RepoFiles.PathOf("AtFirmware.Engine");
    private const string EnginePrefix = "..\\AtFirmware.Engine\\";

    private static XDocument Project() => XDocument.Load(Path.Combine(ProjectDir, "AtFirmware.nfproj"));

    private static List<XElement> CompileItems() => Project().Descendants(MsBuild + "Compile").ToList();

    /// <summary>The attribute's value; an element without it fails the test with its name, not a null dereference.</summary>
    private static string Attribute(XElement element, string name) =>
        element.Attribute(name)?.Value ?? throw new AssertFailedException("<" + element.Name.LocalName + "> without " + name + ": " + element);

    private static List<string> LinkedEngineSources() => CompileItems()
        .Select(c => Attribute(c, "Include"))
        .Where(i => i.StartsWith(EnginePrefix, StringComparison.Ordinal))
        .Select(i => i.Substring(EnginePrefix.Length))
        .ToList();

    [TestMethod]
    public void EveryEngineSourceIsLinkedIntoTheFirmware()
    {
        var linked = new HashSet<string>(LinkedEngineSources(), StringComparer.Ordinal);
        var missing = RepoFiles.SourceFiles(EngineDir)
            .Select(f => RepoFiles.MsBuildRelative(EngineDir, f))
            .Where(f => !linked.Contains(f))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        Assert.AreEqual(0, missing.Count,
            "AtFirmware.nfproj does not compile these engine sources; add a <Compile Include=\"..\\AtFirmware.Engine\\X.cs\"><Link>Engine\\X.cs</Link></Compile> for each: "
            + string.Join(", ", missing));
    }

    [TestMethod]
    public void EveryLinkedEngineSourceExists()
    {
        var gone = LinkedEngineSources()
            .Where(f => !File.Exists(Path.Combine(EngineDir, f.Replace('\\', Path.DirectorySeparatorChar))))
            .ToList();
        Assert.AreEqual(0, gone.Count, "AtFirmware.nfproj links engine sources that no longer exist: " + string.Join(", ", gone));
    }

    [TestMethod]
    public void EveryLinkedEngineSourceAppearsUnderEngineWithItsOwnPath()
    {
        var wrong = CompileItems()
            .Where(c => Attribute(c, "Include").StartsWith(EnginePrefix, StringComparison.Ordinal))
            .Where(c => (string?)c.Element(MsBuild + "Link") != "Engine\\" + Attribute(c, "Include").Substring(EnginePrefix.Length))
            .Select(c => Attribute(c, "Include"))
            .ToList();
        Assert.AreEqual(0, wrong.Count, "these engine links need <Link>Engine\\<same path></Link>: " + string.Join(", ", wrong));
    }

    [TestMethod]
    public void NoSourceIsCompiledTwice()
    {
        var twice = CompileItems()
            .GroupBy(c => Attribute(c, "Include"), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();
        Assert.AreEqual(0, twice.Count, "compiled more than once: " + string.Join(", ", twice));
    }

    [TestMethod]
    public void EveryFirmwareSourceIsCompiledAndEveryCompiledOneExists()
    {
        var own = CompileItems()
            .Select(c => Attribute(c, "Include"))
            .Where(i => !i.StartsWith("..\\", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        var onDisk = RepoFiles.SourceFiles(ProjectDir).Select(f => RepoFiles.MsBuildRelative(ProjectDir, f)).ToHashSet(StringComparer.Ordinal);
        var notCompiled = onDisk.Except(own).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var gone = own.Except(onDisk).OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.AreEqual(0, notCompiled.Count, "AtFirmware.nfproj does not compile: " + string.Join(", ", notCompiled));
        Assert.AreEqual(0, gone.Count, "AtFirmware.nfproj compiles files that do not exist: " + string.Join(", ", gone));
    }

    [TestMethod]
    public void EveryPackageHasAReferenceWithTheSameVersion()
    {
        var hintPaths = HintPaths();
        var problems = new List<string>();
        foreach (var (id, version) in Packages())
        {
            string prefix = "packages\\" + id + "." + version + "\\lib\\";
            if (!hintPaths.Any(h => h.StartsWith(prefix, StringComparison.Ordinal)))
            {
                // Another version of the same package: "packages\<id>.<digit>...".
                int versionAt = "packages\\".Length + id.Length + 1;
                var other = hintPaths.FirstOrDefault(h => h.Length > versionAt
                    && h.StartsWith("packages\\" + id + ".", StringComparison.Ordinal) && char.IsDigit(h[versionAt]));
                problems.Add(other == null
                    ? id + " " + version + " has no <Reference> with a HintPath under " + prefix
                    : id + " " + version + " is referenced with another version: " + other);
            }
        }
        Assert.AreEqual(0, problems.Count, string.Join("; ", problems));
    }

    [TestMethod]
    public void EveryReferenceComesFromAPackageOfPackagesConfig()
    {
        var packages = Packages().Select(p => "packages\\" + p.Id + "." + p.Version + "\\lib\\").ToList();
        var strays = HintPaths().Where(h => !packages.Any(p => h.StartsWith(p, StringComparison.Ordinal))).ToList();
        Assert.AreEqual(0, strays.Count, "HintPaths that no package of packages.config (at its version) provides: " + string.Join(", ", strays));
    }

    [TestMethod]
    public void EveryReferenceHasAHintPath()
    {
        var bare = Project().Descendants(MsBuild + "Reference")
            .Where(r => string.IsNullOrEmpty((string?)r.Element(MsBuild + "HintPath")))
            .Select(r => Attribute(r, "Include"))
            .ToList();
        Assert.AreEqual(0, bare.Count, "references without a HintPath: " + string.Join(", ", bare));
    }

    private static List<string> HintPaths() => Project().Descendants(MsBuild + "HintPath").Select(h => h.Value.Trim()).ToList();

    private static List<(string Id, string Version)> Packages() => XDocument.Load(Path.Combine(ProjectDir, "packages.config"))
        .Descendants("package")
        .Select(p => (Attribute(p, "id"), Attribute(p, "version")))
        .ToList();
}
