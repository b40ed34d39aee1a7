namespace EspAtNano.Engine.Ports
{
    /// <summary>The UART's transmit side. The engine serialises every call itself.</summary>
    public interface IByteSink
    {
        void Write(byte[] data, int offset, int count);
    }
}
