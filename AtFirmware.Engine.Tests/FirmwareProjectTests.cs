using System.Xml.Linq;

namespace EspAtNano.Tests;

/// <summary>
/// The nanoFramework projects (the firmware, AtFirmware.nfproj, and its unit tests,
/// AtFirmware.Tests.nfproj) cannot be built here (nanoFramework's build needs Visual Studio), so
/// what can drift without a compiler noticing is checked as text: the engine sources each links,
/// in order, its own sources, and its package references against its packages.config, restored
/// into the packages folder beside EspAtNano.sln.
/// </summary>
[TestClass]
public sealed class FirmwareProjectTests
{
    private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";
    private static readonly string EngineDir = RepoFiles.PathOf("AtFirmware.Engine");
    private const string EnginePrefix = "..\\AtFirmware.Engine\\";
    private const string PackagesPrefix = "..\\packages\\";

    private static string ProjectDir(string folder) => RepoFiles.PathOf(folder);

    private static XDocument Project(string folder) => XDocument.Load(Path.Combine(ProjectDir(folder), folder + ".nfproj"));

    private static List<XElement> CompileItems(string folder) => Project(folder).Descendants(MsBuild + "Compile").ToList();

    /// <summary>The attribute's value; an element without it fails the test with its name, not a null dereference.</summary>
    private static string Attribute(XElement element, string name) =>
        element.Attribute(name)?.Value ?? throw new AssertFailedException("<" + element.Name.LocalName + "> without " + name + ": " + element);

    private static List<string> LinkedEngineSources(string folder) => CompileItems(folder)
        .Select(c => Attribute(c, "Include"))
        .Where(i => i.StartsWith(EnginePrefix, StringComparison.Ordinal))
        .Select(i => i.Substring(EnginePrefix.Length))
        .ToList();

    [TestMethod]
    [DataRow("AtFirmware")]
    [DataRow("AtFirmware.Tests")]
    public void EveryEngineSourceIsLinked(string folder)
    {
        var linked = new HashSet<string>(LinkedEngineSources(folder), StringComparer.Ordinal);
        var missing = RepoFiles.SourceFiles(EngineDir)
            .Select(f => RepoFiles.MsBuildRelative(EngineDir, f))
            .Where(f => !linked.Contains(f))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        Assert.AreEqual(0, missing.Count,
            folder + ".nfproj does not compile these engine sources; add a <Compile Include=\"..\\AtFirmware.Engine\\X.cs\"><Link>Engine\\X.cs</Link></Compile> for each: "
            + string.Join(", ", missing));
    }

    [TestMethod]
    [DataRow("AtFirmware")]
    [DataRow("AtFirmware.Tests")]
    public void EveryLinkedEngineSourceExists(string folder)
    {
        var gone = LinkedEngineSources(folder)
            .Where(f => !File.Exists(Path.Combine(EngineDir, f.Replace('\\', Path.DirectorySeparatorChar))))
            .ToList();
        Assert.AreEqual(0, gone.Count, folder + ".nfproj links engine sources that no longer exist: " + string.Join(", ", gone));
    }

    [TestMethod]
    [DataRow("AtFirmware")]
    [DataRow("AtFirmware.Tests")]
    public void TheEngineSourcesAreLinkedInOrderOfTheirLowerCasePath(string folder)
    {
        var linked = LinkedEngineSources(folder);
        var sorted = linked.OrderBy(f => f.ToLowerInvariant(), StringComparer.Ordinal).ToList();
        int first = Enumerable.Range(0, linked.Count).FirstOrDefault(i => linked[i] != sorted[i], -1);
        Assert.AreEqual(-1, first, folder + ".nfproj links " + (first < 0 ? "" : linked[first] + " where " + sorted[first]) + " belongs (sorted by lower-case path)");
    }

    [TestMethod]
    [DataRow("AtFirmware")]
    [DataRow("AtFirmware.Tests")]
    public void EveryLinkedEngineSourceAppearsUnderEngineWithItsOwnPath(string folder)
    {
        var wrong = CompileItems(folder)
            .Where(c => Attribute(c, "Include").StartsWith(EnginePrefix, StringComparison.Ordinal))
            .Where(c => (string?)c.Element(MsBuild + "Link") != "Engine\\" + Attribute(c, "Include").Substring(EnginePrefix.Length))
            .Select(c => Attribute(c, "Include"))
            .ToList();
        Assert.AreEqual(0, wrong.Count, "these engine links need <Link>Engine\\<same path></Link>: " + string.Join(", ", wrong));
    }

    [TestMethod]
    [DataRow("AtFirmware")]
    [DataRow("AtFirmware.Tests")]
    public void NoSourceIsCompiledTwice(string folder)
    {
        var twice = CompileItems(folder)
            .GroupBy(c => Attribute(c, "Include"), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();
        Assert.AreEqual(0, twice.Count, "compiled more than once: " + string.Join(", ", twice));
    }

    [TestMethod]
    [DataRow("AtFirmware")]
    [DataRow("AtFirmware.Tests")]
    public void EveryOwnSourceIsCompiledAndEveryCompiledOneExists(string folder)
    {
        var own = CompileItems(folder)
            .Select(c => Attribute(c, "Include"))
            .Where(i => !i.StartsWith("..\\", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        var onDisk = RepoFiles.SourceFiles(ProjectDir(folder)).Select(f => RepoFiles.MsBuildRelative(ProjectDir(folder), f)).ToHashSet(StringComparer.Ordinal);
        var notCompiled = onDisk.Except(own).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var gone = own.Except(onDisk).OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.AreEqual(0, notCompiled.Count, folder + ".nfproj does not compile: " + string.Join(", ", notCompiled));
        Assert.AreEqual(0, gone.Count, folder + ".nfproj compiles files that do not exist: " + string.Join(", ", gone));
    }

    [TestMethod]
    [DataRow("AtFirmware")]
    [DataRow("AtFirmware.Tests")]
    public void EveryPackageHasAReferenceWithTheSameVersion(string folder)
    {
        var hintPaths = HintPaths(folder);
        var problems = new List<string>();
        foreach (var (id, version) in Packages(folder))
        {
            string prefix = PackagesPrefix + id + "." + version + "\\lib\\";
            if (!hintPaths.Any(h => h.StartsWith(prefix, StringComparison.Ordinal)))
            {
                // Another version of the same package: "..\packages\<id>.<digit>...".
                int versionAt = PackagesPrefix.Length + id.Length + 1;
                var other = hintPaths.FirstOrDefault(h => h.Length > versionAt
                    && h.StartsWith(PackagesPrefix + id + ".", StringComparison.Ordinal) && char.IsDigit(h[versionAt]));
                problems.Add(other == null
                    ? id + " " + version + " has no <Reference> with a HintPath under " + prefix
                    : id + " " + version + " is referenced with another version: " + other);
            }
        }
        Assert.AreEqual(0, problems.Count, string.Join("; ", problems));
    }

    [TestMethod]
    [DataRow("AtFirmware")]
    [DataRow("AtFirmware.Tests")]
    public void EveryReferenceComesFromAPackageOfPackagesConfig(string folder)
    {
        var packages = Packages(folder).Select(p => PackagesPrefix + p.Id + "." + p.Version + "\\lib\\").ToList();
        var strays = HintPaths(folder).Where(h => !packages.Any(p => h.StartsWith(p, StringComparison.Ordinal))).ToList();
        Assert.AreEqual(0, strays.Count, "HintPaths that no package of packages.config (at its version, restored beside EspAtNano.sln) provides: " + string.Join(", ", strays));
    }

    [TestMethod]
    [DataRow("AtFirmware")]
    [DataRow("AtFirmware.Tests")]
    public void EveryReferenceHasAHintPath(string folder)
    {
        var bare = Project(folder).Descendants(MsBuild + "Reference")
            .Where(r => string.IsNullOrEmpty((string?)r.Element(MsBuild + "HintPath")))
            .Select(r => Attribute(r, "Include"))
            .ToList();
        Assert.AreEqual(0, bare.Count, "references without a HintPath: " + string.Join(", ", bare));
    }

    [TestMethod]
    public void TheTestProjectIsANanoFrameworkUnitTestProjectNamedNFUnitTest()
    {
        var properties = Project("AtFirmware.Tests").Descendants().Where(e => e.Parent?.Name == MsBuild + "PropertyGroup")
            .GroupBy(e => e.Name.LocalName).ToDictionary(g => g.Key, g => g.Last().Value);
        // The nanoFramework test launcher loads the test assembly by this name and no other.
        Assert.AreEqual("NFUnitTest", properties["AssemblyName"]);
        Assert.AreEqual("true", properties["IsTestProject"]);
        Assert.AreEqual("UnitTest", properties["TestProjectType"]);
        Assert.AreEqual("$(MSBuildProjectDirectory)\\nano.runsettings", properties["RunSettingsFilePath"]);
        Assert.IsTrue(File.Exists(Path.Combine(ProjectDir("AtFirmware.Tests"), "nano.runsettings")));
        Assert.IsTrue(Packages("AtFirmware.Tests").Contains(("nanoFramework.TestFramework", "3.0.77")));
    }

    private static List<string> HintPaths(string folder) => Project(folder).Descendants(MsBuild + "HintPath").Select(h => h.Value.Trim()).ToList();

    private static List<(string Id, string Version)> Packages(string folder) => XDocument.Load(Path.Combine(ProjectDir(folder), "packages.config"))
        .Descendants("package")
        .Select(p => (Attribute(p, "id"), Attribute(p, "version")))
        .ToList();
}
