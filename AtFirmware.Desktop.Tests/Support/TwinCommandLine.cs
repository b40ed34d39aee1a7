using System.Diagnostics;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>The twin run with a command line and no input, to its exit: for what it says about its options.</summary>
    public static class TwinCommandLine
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

        /// <summary>The exit status, stdout and stderr of the twin with these arguments.</summary>
        public static (int Exit, string Stdout, string Stderr) Run(params string[] arguments)
        {
            ProcessStartInfo info = new ProcessStartInfo(Installation.DotnetHost())
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            info.ArgumentList.Add(Installation.TwinAssembly());
            foreach (string a in arguments)
            {
                info.ArgumentList.Add(a);
            }
            info.Environment["DOTNET_NOLOGO"] = "1";
            using Process twin = Process.Start(info) ?? throw new InvalidOperationException("could not start " + info.FileName);
            twin.StandardInput.Close();
            Task<string> stdout = twin.StandardOutput.ReadToEndAsync();
            Task<string> stderr = twin.StandardError.ReadToEndAsync();
            if (!twin.WaitForExit(Timeout))
            {
                twin.Kill(entireProcessTree: true);
                Assert.Fail("the twin did not exit: " + string.Join(" ", arguments));
            }
            return (twin.ExitCode, stdout.Result, stderr.Result);
        }
    }
}
