using System;
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
            // Laid out in one exactly sized array with native copies and single-byte stores: on the
            // interpreter an append call costs more (~3,000 native instructions) than the bytes it moves.
            int prefix = SubRecvPrefix.Length;
            byte[] urc = new byte[prefix + topic.Length + 2 + ByteBuffer.DecimalLength(payload.Length) + 1 + payload.Length + 2];
            Array.Copy(SubRecvPrefix, 0, urc, 0, prefix);
            int p = prefix;
            Array.Copy(topic, 0, urc, p, topic.Length);
            p += topic.Length;
            urc[p++] = (byte)'"';
            urc[p++] = (byte)',';
            p = ByteBuffer.WriteDecimal(urc, p, payload.Length);
            urc[p++] = (byte)',';
            Array.Copy(payload, 0, urc, p, payload.Length);
            p += payload.Length;
            urc[p++] = (byte)'\r';
            urc[p] = (byte)'\n';
            return urc;
        }
    }
}
