global using Microsoft.VisualStudio.TestTools.UnitTesting;
global using EspAtNano.Desktop.Tests.Support;
global using static EspAtNano.Desktop.Tests.Support.At;

// Each test starts its own twin process; most share one broker. The machine has 2 cores and
// the broker-restart tests stop their broker mid-test: run the tests one at a time.
[assembly: DoNotParallelize]
