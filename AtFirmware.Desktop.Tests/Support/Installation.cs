using System.Reflection;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>What these tests need on the machine, and where the twin they drive was built.</summary>
    public static class Installation
    {
        public const string MosquittoMissing =
            "mosquitto is not installed; install it: apt-get update && apt-get install -y mosquitto";

        /// <summary>Fails with a clear message when something the tests need is missing.</summary>
        public static void Check()
        {
            if (Mosquitto.FindExecutable() == null)
            {
                Assert.Fail(MosquittoMissing);
            }
            string twin = TwinAssembly();
            if (!File.Exists(twin))
            {
                Assert.Fail("the twin was not built: " + twin + " does not exist (dotnet build AtFirmware.Desktop)");
            }
        }

        /// <summary>
        /// espatnano-twin.dll: $ESPATNANO_TWIN when set, else the path the build recorded from
        /// the ProjectReference to AtFirmware.Desktop (see the .csproj).
        /// </summary>
        public static string TwinAssembly()
        {
            string? fromEnvironment = Environment.GetEnvironmentVariable("ESPATNANO_TWIN");
            if (!string.IsNullOrEmpty(fromEnvironment))
            {
                return Path.GetFullPath(fromEnvironment);
            }
            foreach (AssemblyMetadataAttribute a in typeof(Installation).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
            {
                if (a.Key == "TwinAssembly" && !string.IsNullOrEmpty(a.Value))
                {
                    return a.Value;
                }
            }
            return Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..",
                "AtFirmware.Desktop", "bin", "Debug", "net10.0", "espatnano-twin.dll"));
        }

        /// <summary>The dotnet host that runs the twin's dll.</summary>
        public static string DotnetHost()
        {
            string? self = Environment.ProcessPath;
            if (self != null && Path.GetFileNameWithoutExtension(self) == "dotnet")
            {
                return self;
            }
            string? hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(hostPath) && File.Exists(hostPath))
            {
                return hostPath;
            }
            string? root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
            if (!string.IsNullOrEmpty(root))
            {
                string candidate = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
            return "dotnet";
        }
    }
}
