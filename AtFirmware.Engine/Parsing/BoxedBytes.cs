namespace EspAtNano.Engine.Parsing
{
    /// <summary>
    /// The bytes the engine searches for with Array.IndexOf, boxed once: the only IndexOf that
    /// nanoFramework's mscorlib has takes an object, and boxing at every call would put garbage
    /// on the UART input path for every chunk and command.
    /// </summary>
    internal static class BoxedBytes
    {
        internal static readonly object Nul = (byte)0;
        internal static readonly object Lf = (byte)'\n';
        internal static readonly object Comma = (byte)',';
        internal static readonly object Quote = (byte)'"';
        internal static readonly object Backslash = (byte)'\\';
        internal static readonly object Plus = (byte)'+';
        internal static readonly object Hash = (byte)'#';
        internal static readonly object Equal = (byte)'=';
    }
}
