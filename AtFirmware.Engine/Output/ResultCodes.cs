using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Output
{
    /// <summary>The exact bytes of the final results and fixed lines of SPEC §1.</summary>
    internal static class ResultCodes
    {
        public static readonly byte[] Ok = AsciiText.GetBytes("\r\nOK\r\n");
        public static readonly byte[] Error = AsciiText.GetBytes("\r\nERROR\r\n");
        public static readonly byte[] Prompt = AsciiText.GetBytes("\r\nOK\r\n\r\n>");
        public static readonly byte[] Busy = AsciiText.GetBytes("\r\nbusy p...\r\n");
        public static readonly byte[] Ready = AsciiText.GetBytes("\r\nready\r\n");
        public static readonly byte[] ErrCodePrefix = AsciiText.GetBytes("ERR CODE:0x");
        public static readonly byte[] NewLine = AsciiText.GetBytes("\r\n");
    }
}
