namespace EspAtNano.Engine
{
    /// <summary>A command that asked for a raw-data block after its prompt.</summary>
    public interface IRawDataConsumer
    {
        /// <summary>Called on the input thread with exactly the requested bytes.</summary>
        void OnRawData(CommandContext context, byte[] block);
    }
}
