global using Microsoft.VisualStudio.TestTools.UnitTesting;
global using EspAtNano.Tests.Support;
global using static EspAtNano.Tests.Support.Module;

[assembly: Parallelize(Workers = 0, Scope = ExecutionScope.MethodLevel)]
