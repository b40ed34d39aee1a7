using System.Text;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>One message as the observer received it.</summary>
    public sealed class ReceivedMessage
    {
        public ReceivedMessage(string topic, byte[] payload, int qos, bool retain)
        {
            Topic = topic;
            Payload = payload;
            Qos = qos;
            Retain = retain;
        }

        public string Topic { get; }
        public byte[] Payload { get; }
        public int Qos { get; }
        public bool Retain { get; }

        public string Text => Encoding.UTF8.GetString(Payload);
    }
}
