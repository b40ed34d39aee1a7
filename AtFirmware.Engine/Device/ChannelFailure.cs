using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Device
{
    /// <summary>
    /// Tells a TCP failure from a TLS failure when M2Mqtt's channel connect fails. M2Mqtt runs the
    /// TCP connect and the TLS handshake in one call and wraps what either threw
    /// (MqttClient.Connect: catch SocketException / Exception → MqttConnectionException). Firmware
    /// from mid-July 2026 on throws CryptographicException for a failed handshake or verification
    /// (nf-interpreter 51945c358, SslNative::SecureConnect → ThrowCryptographicError); older
    /// firmware threw SocketException for those too (ThrowOnError), the same type as a refused TCP
    /// connect. In that one ambiguous case a plain TCP connect to the broker decides: it gets
    /// through, so the TLS step failed.
    /// </summary>
    internal static class ChannelFailure
    {
        /// <summary>Whether the cause is ambiguous and a TCP probe must decide.</summary>
        public static bool NeedsTcpProbe(bool secure, bool socketException)
        {
            return secure && socketException;
        }

        /// <param name="secure">The scheme uses TLS.</param>
        /// <param name="socketException">The inner exception is a SocketException.</param>
        /// <param name="tcpReachable">A TCP probe got through (only asked when NeedsTcpProbe).</param>
        public static ConnectFailure Classify(bool secure, bool socketException, bool tcpReachable)
        {
            if (!secure)
            {
                return ConnectFailure.Network;
            }
            if (!socketException)
            {
                return ConnectFailure.TlsHandshake;
            }
            return tcpReachable ? ConnectFailure.TlsHandshake : ConnectFailure.Network;
        }
    }
}
