global using Microsoft.VisualStudio.TestTools.UnitTesting;
global using EspAtNano.Engine;
global using EspAtNano.Engine.Link;
global using EspAtNano.Engine.Output;
global using EspAtNano.Engine.Commands.Mqtt;
global using EspAtNano.Engine.Parsing;
global using EspAtNano.Engine.Ports;
global using EspAtNano.Tests.Support;
global using static EspAtNano.Tests.Support.Module;

// Every test builds its own engine on its own fakes and nothing static changes: run them all at once.
[assembly: Parallelize(Workers = 0, Scope = ExecutionScope.MethodLevel)]
