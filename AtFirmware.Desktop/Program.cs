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

TwinLog log;
try
{
    log = options.LogFile == null ? TwinLog.ToStandardError() : TwinLog.ToFile(options.LogFile);
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
