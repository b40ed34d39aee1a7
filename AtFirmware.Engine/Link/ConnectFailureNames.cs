using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Link
{
    /// <summary>Log words for the ports' reasons: nanoFramework's Enum.ToString() gives only the number.</summary>
    internal static class ConnectFailureNames
    {
        internal static string Of(ConnectFailure reason)
        {
            switch (reason)
            {
                case ConnectFailure.None:
                    return "none";
                case ConnectFailure.NameResolution:
                    return "name resolution";
                case ConnectFailure.Network:
                    return "network";
                case ConnectFailure.TlsHandshake:
                    return "TLS handshake";
                case ConnectFailure.Certificate:
                    return "certificate";
                case ConnectFailure.WebSocket:
                    return "WebSocket upgrade";
                case ConnectFailure.BrokerRefused:
                    return "broker refused";
                case ConnectFailure.Timeout:
                    return "timeout";
                case ConnectFailure.LinkLost:
                    return "link lost";
                default:
                    return "other";
            }
        }
    }
}
