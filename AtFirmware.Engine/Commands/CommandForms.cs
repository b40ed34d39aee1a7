namespace EspAtNano.Engine.Commands
{
    /// <summary>
    /// The forms a command answers (docs/framing.md), as bits: a command names its forms once, the
    /// processor dispatches only those, and AT+CMD? lists exactly those.
    /// </summary>
    internal static class CommandForms
    {
        /// <summary>AT+X=?</summary>
        internal const int Test = 1;

        /// <summary>AT+X?</summary>
        internal const int Query = 2;

        /// <summary>AT+X=&lt;params&gt;</summary>
        internal const int Set = 4;

        /// <summary>AT+X</summary>
        internal const int Execute = 8;
    }
}
