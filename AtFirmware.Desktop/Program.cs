using EspAtNano.Desktop;
using EspAtNano.Desktop.Logging;

TwinOptions options;
try
{
    options = TwinOptions.Parse(args);
}
catch (UsageException e)
{
    Console.Error.WriteLine("espatnano-twin: " + e.Message);
    Console.Error.WriteLine();
    Console.Error.Write(TwinOptions.Usage);
    return 2;
}
if (options.Help)
{
    Console.Out.Write(TwinOptions.Usage);
    return 0;
}

// In console mode at a terminal, stderr shares the screen with the module's output, where a log
// line would land in the middle of a response.
string? logFile = options.LogFile;
if (logFile == null && options.Uart == UartKind.Console && !Console.IsOutputRedirected && !Console.IsErrorRedirected)
{
    logFile = TwinOptions.TerminalLogFile;
    Console.Error.WriteLine("espatnano-twin: log in ./" + logFile + " (--log FILE for another)");
}
TwinLog log;
try
{
    log = logFile == null ? TwinLog.ToStandardError() : TwinLog.ToFile(logFile);
}
catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
{
    Console.Error.WriteLine("espatnano-twin: cannot open the log: " + e.Message);
    return 1;
}
using (log)
{
    return Twin.Run(options, log);
}
