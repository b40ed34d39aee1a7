using System.Reflection;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("NFUnitTest")]
[assembly: AssemblyDescription("EspAtNano: the AT engine's tests on the nanoFramework runtime")]
[assembly: AssemblyProduct("EspAtNano")]
[assembly: AssemblyCopyright("EspAtNano contributors")]
[assembly: ComVisible(false)]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
