namespace EspAtNano.Engine.Framing
{
    /// <summary>What the input framer hands on: complete lines and raw-data blocks.</summary>
    internal interface ILineHandler
    {
        /// <summary>True while a command runs in the background; lines are then answered busy.</summary>
        bool IsBusy { get; }

        /// <summary>
        /// A complete line without its CRLF; the buffer is reused after the call. Returns how many
        /// raw-data bytes to read next (0: stay in command mode).
        /// </summary>
        int OnLine(byte[] line, int length);

        void OnOverlongLine();

        void OnRawData(byte[] block);

        /// <summary>The raw block was cut short (<paramref name="received"/> of its bytes came) and is discarded.</summary>
        void OnRawDataAbandoned(int received);
    }
}
