using EspAtNano.Engine.Output;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands.Basic
{
    /// <summary>
    /// AT+SYSRAM?: "+SYSRAM:&lt;remaining RAM size&gt;,&lt;minimum heap size&gt;" (docs/commands/basic.md).
    /// The platforms report free heap now but keep no low-water mark, so the minimum is the lowest
    /// free heap this module has read since power-up (an AT+RST in software keeps it: the board did
    /// not lose power). ESP-AT's AT+SYSRAM=&lt;caps&gt; names ESP-IDF heap capabilities a
    /// nanoFramework or .NET heap does not have: not offered.
    /// </summary>
    internal sealed class SystemRamCommand : AtCommand
    {
        private readonly ISystemInfo _system;
        private readonly ILog _log;
        private int _lowest = int.MaxValue;

        internal SystemRamCommand(ISystemInfo system, ILog log) : base("+SYSRAM", CommandForms.Query)
        {
            _system = system;
            _log = log;
        }

        internal override void Query(CommandContext context)
        {
            HeapReading heap = _system.ReadHeap();
            if (!heap.IsKnown)
            {
                _log.Write("AT+SYSRAM: " + heap.Reason);
                context.Response.Error(ErrorCode.ExecutionFailed);
                return;
            }
            if (heap.FreeBytes < _lowest)
            {
                _lowest = heap.FreeBytes;
            }
            context.Response.Buffer.Append("+SYSRAM:").AppendDecimal(heap.FreeBytes).Append(",").AppendDecimal(_lowest);
            context.Response.EndLine();
            context.Response.Ok();
        }
    }
}
