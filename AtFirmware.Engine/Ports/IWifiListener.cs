namespace EspAtNano.Engine.Ports
{
    /// <summary>Station events, printed as WIFI CONNECTED / WIFI GOT IP / WIFI DISCONNECT.</summary>
    public interface IWifiListener
    {
        void OnWifiConnected();

        void OnWifiGotIp();

        void OnWifiDisconnected();
    }
}
