using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Device
{
    /// <summary>What the MQTT library's acknowledgement events mean for the engine's request.</summary>
    internal static class AckResults
    {
        /// <summary>MQTT's SUBACK return code for a refusal.</summary>
        public const int SubackFailure = 0x80;

        /// <summary>A QoS 1/2 publish event: false means the library's retries ran out without PUBACK/PUBCOMP.</summary>
        public static MqttRequestResult Published(bool isPublished)
        {
            return isPublished
                ? MqttRequestResult.Done
                : MqttRequestResult.Failed(RequestOutcome.TimedOut, "no PUBACK/PUBCOMP after M2Mqtt's retries");
        }

        /// <summary>A SUBACK for one topic: <paramref name="count"/> return codes, the first being <paramref name="firstCode"/>.</summary>
        public static MqttRequestResult Suback(int count, int firstCode)
        {
            if (count == 0)
            {
                return MqttRequestResult.Failed(RequestOutcome.Failed, "a SUBACK without a return code");
            }
            if (firstCode >= 0 && firstCode <= 2)
            {
                return MqttRequestResult.Granted(firstCode);
            }
            // 0x80 is the broker's refusal; anything else is no grant either.
            return MqttRequestResult.Failed(RequestOutcome.Refused, "SUBACK return code 0x" + firstCode.ToString("X2"));
        }

        /// <summary>
        /// Whether the library can publish to the topic: it checks only on its send thread, where
        /// an empty or wildcard topic tears the link down, so such a topic is refused before.
        /// </summary>
        public static bool IsPublishable(string topic)
        {
            return topic != null && topic.Length > 0 && topic.IndexOf('#') < 0 && topic.IndexOf('+') < 0;
        }
    }
}
