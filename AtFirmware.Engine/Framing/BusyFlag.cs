using System.Threading;

namespace EspAtNano.Engine.Framing
{
    /// <summary>
    /// Whether a command runs in the background, so that a new line is answered busy. The worker
    /// sets and clears it with Interlocked (a full fence; nanoFramework's mscorlib has no volatile
    /// fields); the framer reads the field directly, once per line start: on the interpreter a
    /// property or an Interlocked read there is one more call for every line, and a read of an
    /// aligned int is atomic on both platforms.
    /// </summary>
    internal sealed class BusyFlag
    {
        /// <summary>1 while a command runs in the background. Read it; change it only through Set and Clear.</summary>
        internal int Value;

        internal void Set()
        {
            Interlocked.Exchange(ref Value, 1);
        }

        internal void Clear()
        {
            Interlocked.Exchange(ref Value, 0);
        }
    }
}
