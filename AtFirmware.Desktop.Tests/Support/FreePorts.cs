using System.Net;
using System.Net.Sockets;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>Loopback TCP ports that nobody listens on right now, chosen by the kernel.</summary>
    public static class FreePorts
    {
        /// <summary>
        /// <paramref name="count"/> distinct ports. All are held open together while they are
        /// chosen, so the kernel cannot hand out one twice; a port can still be taken by another
        /// process before the caller binds it, which a retry of the whole start covers.
        /// </summary>
        public static int[] Take(int count)
        {
            Socket[] held = new Socket[count];
            int[] ports = new int[count];
            try
            {
                for (int i = 0; i < count; i++)
                {
                    held[i] = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    held[i].Bind(new IPEndPoint(IPAddress.Loopback, 0));
                    ports[i] = held[i].LocalEndPoint is IPEndPoint bound ? bound.Port : throw new InvalidOperationException("a bound socket has no local endpoint");
                }
            }
            finally
            {
                foreach (Socket s in held)
                {
                    s?.Dispose();
                }
            }
            return ports;
        }

        public static int Take()
        {
            return Take(1)[0];
        }

        /// <summary>True once something accepts a TCP connection on 127.0.0.1:port.</summary>
        public static bool Accepts(int port)
        {
            using Socket s = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                s.Connect(new IPEndPoint(IPAddress.Loopback, port));
                return true;
            }
            catch (SocketException)
            {
                return false;
            }
        }
    }
}
