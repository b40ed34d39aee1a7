using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Link
{
    /// <summary>The unsolicited result codes of docs/urcs.md, each built as one byte array.</summary>
    internal static class Urcs
    {
        internal static readonly byte[] Disconnected = AsciiText.GetBytes("+MQTTDISCONNECTED:0\r\n");

        internal static readonly byte[] ConnQueryPrefix = AsciiText.GetBytes("+MQTTCONN:0,");
        internal static readonly byte[] SubQueryPrefix = AsciiText.GetBytes("+MQTTSUB:0,");

        private static readonly byte[] ConnectedPrefix = AsciiText.GetBytes("+MQTTCONNECTED:0,");
        private static readonly byte[] SubRecvPrefix = AsciiText.GetBytes("+MQTTSUBRECV:0,\"");
        private static readonly byte[] QuoteComma = AsciiText.GetBytes("\",");

        /// <summary>+MQTTCONNECTED:0,&lt;scheme&gt;,"&lt;host&gt;","&lt;port&gt;","&lt;path&gt;",&lt;reconnect&gt;</summary>
        internal static void AppendConnected(ByteBuffer buffer, LinkConfig config)
        {
            buffer.Append(ConnectedPrefix);
            AppendEndpoint(buffer, config);
            buffer.Append(ResultCodes.NewLine);
        }

        /// <summary>&lt;scheme&gt;,"&lt;host&gt;","&lt;port&gt;","&lt;path&gt;",&lt;reconnect&gt; as both the URC and AT+MQTTCONN? print it.</summary>
        internal static void AppendEndpoint(ByteBuffer buffer, LinkConfig config)
        {
            buffer.AppendDecimal(config.Scheme).Append(",\"").Append(config.Host).Append("\",\"")
                .AppendDecimal(config.Port).Append("\",\"").Append(config.ShownPath()).Append("\",")
                .AppendDecimal(config.Reconnect ? 1 : 0);
        }

        /// <summary>+MQTTSUBRECV:0,"&lt;topic&gt;",&lt;length&gt;,&lt;payload&gt;CRLF, the payload raw and whole.</summary>
        internal static byte[] SubRecv(byte[] topic, byte[] payload)
        {
            // Sized exactly, so the buffer's array is the URC: no second copy of the payload.
            int size = SubRecvPrefix.Length + topic.Length + QuoteComma.Length + ByteBuffer.DecimalLength(payload.Length)
                + 1 + payload.Length + ResultCodes.NewLine.Length;
            ByteBuffer buffer = new ByteBuffer(size);
            buffer.Append(SubRecvPrefix).Append(topic).Append(QuoteComma).AppendDecimal(payload.Length).Append((byte)',')
                .Append(payload).Append(ResultCodes.NewLine);
            return buffer.Data;
        }
    }
}
