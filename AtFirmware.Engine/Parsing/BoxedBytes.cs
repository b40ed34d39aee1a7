namespace EspAtNano.Engine.Parsing
{
    /// <summary>
    /// The bytes the engine searches for with Array.IndexOf, boxed once: the only IndexOf that
    /// nanoFramework's mscorlib has takes an object, and boxing at every call would put garbage
    /// on the UART input path for every chunk and command.
    /// </summary>
    internal static class BoxedBytes
    {
        public static readonly object Nul = (byte)0;
        public static readonly object Lf = (byte)'\n';
        public static readonly object Comma = (byte)',';
        public static readonly object Quote = (byte)'"';
        public static readonly object Backslash = (byte)'\\';
        public static readonly object Equal = (byte)'=';
        public static readonly object Question = (byte)'?';
        public static readonly object Plus = (byte)'+';
        public static readonly object Hash = (byte)'#';
    }
}
