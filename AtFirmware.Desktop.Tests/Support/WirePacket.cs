namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>One MQTT packet as it crossed the wire: its type (<see cref="MqttWire"/>'s constants), flags and body.</summary>
    public sealed class WirePacket
    {
        public WirePacket(int type, int flags, byte[] body)
        {
            Type = type;
            Flags = flags;
            Body = body;
        }

        public int Type { get; }
        public int Flags { get; }
        public byte[] Body { get; }

        /// <summary>The packet id that SUBSCRIBE, UNSUBSCRIBE, PUBREL and PUBLISH at QoS 1–2 carry.</summary>
        public int PacketId
        {
            get
            {
                int at = Type == MqttWire.Publish ? 2 + (Body[0] << 8 | Body[1]) : 0;
                return Body[at] << 8 | Body[at + 1];
            }
        }

        /// <summary>A PUBLISH's QoS, from its flags.</summary>
        public int Qos => (Flags >> 1) & 3;

        public override string ToString()
        {
            return "type " + Type + " flags " + Flags + ", " + Body.Length + " bytes";
        }
    }
}
