using System.Net;
using System.Net.Sockets;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>
    /// A host MCU wired to a running twin's TCP UART. The twin serves one host at a time: a host
    /// attached while another is connected waits in the listen queue, and what it sends is read
    /// only once the earlier host has hung up. A host that is not the first gets no boot banner.
    /// </summary>
    public static class TcpHost
    {
        public static AtHost Attach(TwinProcess twin, Func<string> diagnostics)
        {
            TcpClient client = new TcpClient(AddressFamily.InterNetwork) { NoDelay = true };
            client.Connect(new IPEndPoint(IPAddress.Parse(twin.UartHost), twin.UartPort));
            return new AtHost(client.GetStream(), diagnostics);
        }
    }
}
