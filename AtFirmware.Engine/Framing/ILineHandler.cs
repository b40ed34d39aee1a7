namespace EspAtNano.Engine.Framing
{
    /// <summary>What the input framer hands on: complete lines and raw-data blocks.</summary>
    internal interface ILineHandler
    {
        /// <summary>
        /// A complete line without its CRLF, line[start, start+length): in the framer's buffer or
        /// in the chunk that brought it, both reused after the call. Returns the buffer the next
        /// raw-data bytes go into (its length is how many), or null to stay in command mode.
        /// </summary>
        byte[] OnLine(byte[] line, int start, int length);

        void OnOverlongLine();

        void OnRawData(byte[] block);

        /// <summary>The raw block was cut short (<paramref name="received"/> of its bytes came) and is discarded.</summary>
        void OnRawDataAbandoned(int received);
    }
}
