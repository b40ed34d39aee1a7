namespace EspAtNano.Engine.Commands
{
    /// <summary>A command that asked for a raw-data block after its prompt.</summary>
    internal interface IRawDataConsumer
    {
        /// <summary>Whether the block is a secret (a password): the UART trace then shows it masked.</summary>
        bool IsSecret { get; }

        /// <summary>Called on the input thread with exactly the requested bytes.</summary>
        void OnRawData(CommandContext context, byte[] block);
    }
}
