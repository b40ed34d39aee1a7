namespace EspAtNano.Engine.Ports
{
    /// <summary>Diagnostics for the developer (debug output, stderr); never the UART.</summary>
    public interface ILog
    {
        void Write(string message);
    }
}
