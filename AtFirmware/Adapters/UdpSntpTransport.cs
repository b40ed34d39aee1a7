using System.Net;
using System.Net.Sockets;
using EspAtNano.Engine.Device;

namespace EspAtNano.Firmware
{
    /// <summary>One SNTP exchange over System.Net's UDP socket; the packets and their checks are SntpPacket's.</summary>
    internal sealed class UdpSntpTransport : ISntpTransport
    {
        public int Exchange(string server, byte[] request, byte[] reply, int timeoutMs)
        {
            IPAddress[] addresses = Dns.GetHostEntry(server).AddressList;
            if (addresses == null || addresses.Length == 0)
            {
                throw new SocketException(SocketError.SocketError);
            }
            Socket socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            try
            {
                socket.SendTo(request, new IPEndPoint(addresses[0], SntpPacket.Port));
                if (!socket.Poll(timeoutMs * 1000, SelectMode.SelectRead))
                {
                    return 0;
                }
                EndPoint from = new IPEndPoint(addresses[0], SntpPacket.Port);
                return socket.ReceiveFrom(reply, ref from);
            }
            finally
            {
                socket.Close();
            }
        }
    }
}
