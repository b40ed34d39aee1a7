namespace EspAtNano.Engine.Link
{
    /// <summary>
    /// Whether a topic from the broker may be written into a +MQTTSUBRECV line. CR or LF would
    /// let a broker (or anyone who may publish to it) forge lines on the UART — a fake OK, a
    /// fake +MQTTDISCONNECTED — and NUL discards input on many host parsers; MQTT topics are
    /// UTF-8, and a host decoding the line must not meet invalid sequences.
    /// </summary>
    internal static class TopicSafety
    {
        /// <summary>Null when the topic may be written, else why not (for the log).</summary>
        internal static string Problem(byte[] topic)
        {
            int i = 0;
            int n = topic.Length;
            while (i < n)
            {
                int b = topic[i];
                // Printable ASCII, the common case, decided in two comparisons: a call per byte
                // costs ~1,000 native instructions on the interpreter.
                if (b >= 0x20 && b < 0x80)
                {
                    i++;
                    continue;
                }
                if (b == '\r' || b == '\n' || b == 0)
                {
                    return "it contains CR, LF or NUL";
                }
                int length = b < 0x80 ? 1 : SequenceLength(topic, i);
                if (length == 0)
                {
                    return "it is not valid UTF-8";
                }
                i += length;
            }
            return null;
        }

        /// <summary>The length of the well-formed UTF-8 sequence at <paramref name="i"/> (RFC 3629), or 0.</summary>
        private static int SequenceLength(byte[] s, int i)
        {
            byte b = s[i];
            if (b < 0x80)
            {
                return 1;
            }
            int length;
            int min2 = 0x80;
            int max2 = 0xBF;
            if (b >= 0xC2 && b <= 0xDF)
            {
                length = 2;
            }
            else if (b >= 0xE0 && b <= 0xEF)
            {
                length = 3;
                if (b == 0xE0)
                {
                    min2 = 0xA0; // no overlong forms
                }
                else if (b == 0xED)
                {
                    max2 = 0x9F; // no UTF-16 surrogates
                }
            }
            else if (b >= 0xF0 && b <= 0xF4)
            {
                length = 4;
                if (b == 0xF0)
                {
                    min2 = 0x90;
                }
                else if (b == 0xF4)
                {
                    max2 = 0x8F; // nothing above U+10FFFF
                }
            }
            else
            {
                return 0;
            }
            if (i + length > s.Length || s[i + 1] < min2 || s[i + 1] > max2)
            {
                return 0;
            }
            for (int k = 2; k < length; k++)
            {
                if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                {
                    return 0;
                }
            }
            return length;
        }
    }
}
