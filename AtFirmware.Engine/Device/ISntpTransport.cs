namespace EspAtNano.Engine.Device
{
    /// <summary>One SNTP exchange over UDP (the platform's DNS and sockets).</summary>
    internal interface ISntpTransport
    {
        /// <summary>
        /// Resolves <paramref name="server"/>, sends <paramref name="request"/> to its port 123 and
        /// copies the first reply into <paramref name="reply"/>; the reply's length, 0 when none
        /// came within <paramref name="timeoutMs"/>. Throws when the name does not resolve or the
        /// network is down.
        /// </summary>
        int Exchange(string server, byte[] request, byte[] reply, int timeoutMs);
    }
}
