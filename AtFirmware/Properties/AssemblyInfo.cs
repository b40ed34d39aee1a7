using System.Reflection;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("AtFirmware")]
[assembly: AssemblyDescription("EspAtNano: ESP-AT's MQTT AT commands on an ESP32 running .NET nanoFramework")]
[assembly: AssemblyProduct("EspAtNano")]
[assembly: AssemblyCopyright("EspAtNano contributors")]
[assembly: ComVisible(false)]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
