namespace EspAtNano.Desktop.Mqtt;

/// <summary>
/// Follows the MQTT packets a broker sends, byte by byte as they arrive in chunks of any size,
/// and finds the first one too large to accept or malformed in its fixed header. It reads only
/// the fixed header (packet type, then the "remaining length" in 1–4 bytes) and, for a PUBLISH,
/// the two bytes of its topic length; the rest of each packet is skipped without a look.
/// </summary>
/// <remarks>
/// Two limits, because MQTTnet allocates a packet's whole body as soon as it has read the
/// remaining length, and only a PUBLISH's variable header tells how much of that is message:
/// <list type="number">
/// <item>At the fixed header, before MQTTnet can allocate: no packet may be longer than the
/// largest PUBLISH that can carry an accepted message, i.e. the message plus the longest topic
/// (2 length bytes + 65535) plus a packet id (2). A message the limit allows is never refused
/// here, whatever its topic, and what MQTTnet may allocate is bounded by the limit plus 64 KiB.</item>
/// <item>At a PUBLISH's topic length: the message itself (remaining length − topic − packet id)
/// may not be longer than the limit, so the limit is exact for every topic length.</item>
/// </list>
/// </remarks>
public sealed class InboundPacketScanner
{
    /// <summary>A PUBLISH's topic field at its longest: 2 length bytes and 65535 topic bytes.</summary>
    public const int LongestTopicField = 2 + 65535;
    public const int PacketIdLength = 2;

    private const int PublishType = 3;
    private const int MostLengthBytes = 4;

    private static readonly string[] TypeNames =
    {
        "reserved packet (type 0)", "CONNECT", "CONNACK", "PUBLISH", "PUBACK", "PUBREC", "PUBREL", "PUBCOMP",
        "SUBSCRIBE", "SUBACK", "UNSUBSCRIBE", "UNSUBACK", "PINGREQ", "PINGRESP", "DISCONNECT", "AUTH",
    };

    private enum Part
    {
        TypeByte,
        RemainingLength,
        Body,
    }

    private Part _part = Part.TypeByte;
    private byte _typeByte;
    private int _lengthBytes;
    private long _remainingLength;
    private long _bodyRead;
    private int _topicLength;

    /// <param name="maxMessageLength">The largest PUBLISH payload accepted, in bytes (at least 0).</param>
    public InboundPacketScanner(int maxMessageLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxMessageLength);
        MaxMessageLength = maxMessageLength;
        MaxPacketLength = (long)maxMessageLength + LongestTopicField + PacketIdLength;
    }

    public int MaxMessageLength { get; }

    /// <summary>The largest remaining length accepted in any fixed header.</summary>
    public long MaxPacketLength { get; }

    /// <summary>Why the stream was refused, for the host's log; null while every packet was acceptable.</summary>
    public string? Refusal { get; private set; }

    /// <summary>
    /// Takes the next bytes from the broker. Returns how many of them may be passed on: all of
    /// them, or, once a packet is refused (see <see cref="Refusal"/>), only those before that
    /// packet's first byte in this chunk, so that its header never reaches the reader.
    /// After a refusal every call returns 0.
    /// </summary>
    public int Scan(ReadOnlySpan<byte> bytes)
    {
        if (Refusal != null)
        {
            return 0;
        }
        // Where the packet being read began in this chunk; 0 when it began in an earlier one.
        int packetStart = 0;
        int i = 0;
        while (i < bytes.Length)
        {
            switch (_part)
            {
                case Part.TypeByte:
                    packetStart = i;
                    _typeByte = bytes[i++];
                    _lengthBytes = 0;
                    _remainingLength = 0;
                    _part = Part.RemainingLength;
                    break;
                case Part.RemainingLength:
                    if (!TakeLengthByte(bytes[i++]))
                    {
                        return packetStart;
                    }
                    break;
                default:
                    if (!TakeBody(bytes, ref i))
                    {
                        return packetStart;
                    }
                    break;
            }
        }
        return bytes.Length;
    }

    private int PacketType { get { return _typeByte >> 4; } }

    private string PacketName { get { return TypeNames[PacketType]; } }

    /// <summary>One byte of the variable-length encoding: 7 bits each, least significant first.</summary>
    private bool TakeLengthByte(byte b)
    {
        _remainingLength |= (long)(b & 0x7F) << (7 * _lengthBytes);
        _lengthBytes++;
        bool more = (b & 0x80) != 0;
        if (more && _lengthBytes == MostLengthBytes)
        {
            return Refuse("broker sent a " + PacketName + " whose remaining length goes on past " + MostLengthBytes
                + " bytes (a malformed MQTT packet)");
        }
        if (more)
        {
            return true;
        }
        if (_remainingLength > MaxPacketLength)
        {
            return Refuse("broker sent a " + PacketName + " of " + _remainingLength + " bytes; the largest accepted is "
                + MaxPacketLength + " (a message of up to " + MaxMessageLength + " bytes with its topic and packet id)");
        }
        _bodyRead = 0;
        _topicLength = 0;
        _part = _remainingLength == 0 ? Part.TypeByte : Part.Body;
        return true;
    }

    /// <summary>Reads a PUBLISH's topic length when it goes by and skips the rest of the body.</summary>
    private bool TakeBody(ReadOnlySpan<byte> bytes, ref int i)
    {
        if (PacketType == PublishType && _bodyRead < 2)
        {
            _topicLength = (_topicLength << 8) | bytes[i++];
            _bodyRead++;
            if (_bodyRead == 2 && !MessageFits())
            {
                return false;
            }
        }
        else
        {
            long skip = Math.Min(_remainingLength - _bodyRead, bytes.Length - i);
            i += (int)skip;
            _bodyRead += skip;
        }
        if (_bodyRead == _remainingLength)
        {
            _part = Part.TypeByte;
        }
        return true;
    }

    private bool MessageFits()
    {
        // QoS 1 and 2 (flag bits 1–2) put a packet id between the topic and the message.
        bool hasPacketId = (_typeByte & 0x06) != 0;
        long message = _remainingLength - 2 - _topicLength - (hasPacketId ? PacketIdLength : 0);
        if (message <= MaxMessageLength)
        {
            return true;
        }
        return Refuse("broker sent a PUBLISH with a message of " + message + " bytes; the largest accepted is " + MaxMessageLength);
    }

    private bool Refuse(string why)
    {
        Refusal = why;
        return false;
    }
}
