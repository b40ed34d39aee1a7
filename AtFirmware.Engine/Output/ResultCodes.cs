using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Output
{
    /// <summary>The exact bytes of the final results and fixed lines of docs/framing.md.</summary>
    internal static class ResultCodes
    {
        internal static readonly byte[] Ok = AsciiText.GetBytes("\r\nOK\r\n");
        internal static readonly byte[] Error = AsciiText.GetBytes("\r\nERROR\r\n");
        internal static readonly byte[] Prompt = AsciiText.GetBytes("\r\nOK\r\n\r\n>");
        internal static readonly byte[] Busy = AsciiText.GetBytes("\r\nbusy p...\r\n");
        internal static readonly byte[] Ready = AsciiText.GetBytes("\r\nready\r\n");
        internal static readonly byte[] ErrCodePrefix = AsciiText.GetBytes("ERR CODE:0x");
        internal static readonly byte[] NewLine = AsciiText.GetBytes("\r\n");
    }
}
