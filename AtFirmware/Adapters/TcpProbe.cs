using System;
using System.Net;
using System.Net.Sockets;

namespace EspAtNano.Firmware
{
    /// <summary>A plain TCP connect to the broker, for ChannelFailure's one ambiguous case (runs inside the connect's BoundedCall).</summary>
    internal static class TcpProbe
    {
        public static bool Reaches(string host, int port)
        {
            Socket socket = null;
            try
            {
                IPAddress[] addresses = Dns.GetHostEntry(host).AddressList;
                if (addresses == null || addresses.Length == 0)
                {
                    return false;
                }
                socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Connect(new IPEndPoint(addresses[0], port));
                return true;
            }
            catch (Exception)
            {
                // Not reachable is the answer this probe exists for.
                return false;
            }
            finally
            {
                if (socket != null)
                {
                    try
                    {
                        socket.Close();
                    }
                    catch (Exception)
                    {
                        // The probe's answer stands; the socket is gone either way.
                    }
                }
            }
        }
    }
}
