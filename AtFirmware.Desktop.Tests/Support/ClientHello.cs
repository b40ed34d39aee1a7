using System.Text;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>
    /// What a TLS client offers in its ClientHello that the module's AT commands set: the
    /// server name (SNI, RFC 6066) and the ALPN protocol list (RFC 7301), parsed from the raw
    /// handshake bytes as they came off the wire.
    /// </summary>
    public sealed class ClientHello
    {
        private const int ServerNameExtension = 0;
        private const int AlpnExtension = 16;

        /// <summary>The host_name in the SNI extension, or null when there was none.</summary>
        public string? ServerName { get; private set; }

        /// <summary>The offered ALPN protocols in order; empty when the extension was absent.</summary>
        public IReadOnlyList<string> Protocols { get; private set; } = Array.Empty<string>();

        public bool HasAlpn { get; private set; }

        /// <summary>Reads TLS records from <paramref name="stream"/> until the whole ClientHello message is in, and parses it.</summary>
        public static ClientHello Read(Stream stream)
        {
            List<byte> handshake = new List<byte>();
            int needed = -1;
            while (needed < 0 || handshake.Count < needed)
            {
                byte[] header = ReadExactly(stream, 5);
                if (header[0] != 0x16)
                {
                    throw new InvalidDataException("not a TLS handshake record (content type " + header[0] + ")");
                }
                int length = (header[3] << 8) | header[4];
                handshake.AddRange(ReadExactly(stream, length));
                if (needed < 0 && handshake.Count >= 4)
                {
                    if (handshake[0] != 1)
                    {
                        throw new InvalidDataException("first handshake message is not a ClientHello (type " + handshake[0] + ")");
                    }
                    needed = 4 + ((handshake[1] << 16) | (handshake[2] << 8) | handshake[3]);
                }
            }
            return Parse(handshake.GetRange(4, needed - 4).ToArray());
        }

        private static ClientHello Parse(byte[] body)
        {
            ClientHello hello = new ClientHello();
            int p = 2 + 32;                          // client_version, random
            p += 1 + body[p];                        // session_id
            p += 2 + ((body[p] << 8) | body[p + 1]); // cipher_suites
            p += 1 + body[p];                        // compression_methods
            if (p >= body.Length)
            {
                return hello;
            }
            int end = p + 2 + ((body[p] << 8) | body[p + 1]);
            p += 2;
            while (p + 4 <= end)
            {
                int type = (body[p] << 8) | body[p + 1];
                int length = (body[p + 2] << 8) | body[p + 3];
                int data = p + 4;
                if (type == ServerNameExtension)
                {
                    int q = data + 2;
                    int listEnd = q + ((body[data] << 8) | body[data + 1]);
                    while (q + 3 <= listEnd)
                    {
                        int nameType = body[q];
                        int nameLength = (body[q + 1] << 8) | body[q + 2];
                        if (nameType == 0)
                        {
                            hello.ServerName = Encoding.ASCII.GetString(body, q + 3, nameLength);
                        }
                        q += 3 + nameLength;
                    }
                }
                else if (type == AlpnExtension)
                {
                    hello.HasAlpn = true;
                    List<string> protocols = new List<string>();
                    int q = data + 2;
                    int listEnd = q + ((body[data] << 8) | body[data + 1]);
                    while (q < listEnd)
                    {
                        int n = body[q];
                        protocols.Add(Encoding.ASCII.GetString(body, q + 1, n));
                        q += 1 + n;
                    }
                    hello.Protocols = protocols;
                }
                p = data + length;
            }
            return hello;
        }

        private static byte[] ReadExactly(Stream stream, int count)
        {
            byte[] buffer = new byte[count];
            stream.ReadExactly(buffer, 0, count);
            return buffer;
        }

        public override string ToString()
        {
            return "ClientHello(sni=" + (ServerName ?? "<none>") + ", alpn=" + (HasAlpn ? "[" + string.Join(",", Protocols) + "]" : "<none>") + ")";
        }
    }
}
