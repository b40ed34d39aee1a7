namespace EspAtNano.Engine.Device
{
    /// <summary>A platform call that may block for longer than the host will wait (DNS, a Wi-Fi join, an MQTT connect).</summary>
    internal interface IBlockingWork
    {
        /// <summary>Does the work, on the BoundedCall's own thread; what it throws is kept as BoundedCall.Failure.</summary>
        void Run();

        /// <summary>
        /// Called on the same thread after Run when the caller gave up meanwhile: releases what Run
        /// produced (a connected client, an association), because nobody will take it.
        /// </summary>
        void Discard();
    }
}
