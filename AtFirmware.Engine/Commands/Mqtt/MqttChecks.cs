using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Link;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands.Mqtt
{
    /// <summary>The checks several MQTT commands share, in the order docs/commands/mqtt.md lists them.</summary>
    internal static class MqttChecks
    {
        internal const int MinTimeoutMs = 3000;
        internal const int MaxTimeoutMs = 60000;
        internal const int MaxTopicLength = 128;

        /// <summary>Parameter count, then LinkID.</summary>
        internal static bool Begin(Response r, ParameterList p, int minCount, int maxCount)
        {
            return ArgumentReader.MqttCount(r, p, minCount, maxCount) && ArgumentReader.LinkId(r, p);
        }

        /// <summary>Whether the link's state accepts <paramref name="command"/> (docs/link-states.md); if not, its error is the answer.</summary>
        internal static bool Accepted(Response r, MqttLink link, LinkCommand command)
        {
            int refusal = link.Refusal(command);
            if (refusal == 0)
            {
                return true;
            }
            r.MqttError(refusal);
            return false;
        }

        /// <summary>The answer to a link change: OK, or the error code the link refused it with.</summary>
        internal static void Applied(Response r, int refusal)
        {
            if (refusal == 0)
            {
                r.Ok();
            }
            else
            {
                r.MqttError(refusal);
            }
        }

        /// <summary>
        /// The optional per-command timeout. The seed has no code for it, so a bad one is the
        /// generic "parameter prepare" error.
        /// </summary>
        internal static bool Timeout(Response r, ParameterList p, int index, out int timeoutMs)
        {
            return ArgumentReader.OptionalMqttInt(r, p, index, MinTimeoutMs, MaxTimeoutMs, LinkConfig.DefaultTimeoutMs,
                MqttError.ParamPrepareError, MqttError.ParamPrepareError, out timeoutMs);
        }

        /// <summary>A topic to publish to: 1–128 bytes, no wildcard (an empty or wildcard topic cannot be published: 0x600C).</summary>
        internal static bool PublishTopic(Response r, ParameterList p, int index, out byte[] topic)
        {
            if (!ArgumentReader.MqttString(r, p, index, MaxTopicLength, MqttError.TopicReadFailed,
                MqttError.TopicIsOverlength, out topic))
            {
                return false;
            }
            // The overload with start and count: the short one is a managed call more on nanoFramework.
            if (topic.Length == 0 || System.Array.IndexOf(topic, BoxedBytes.Plus, 0, topic.Length) >= 0
                || System.Array.IndexOf(topic, BoxedBytes.Hash, 0, topic.Length) >= 0)
            {
                r.MqttError(MqttError.ClientPublishFailed);
                return false;
            }
            return true;
        }

        /// <summary>A topic filter to (un)subscribe: 1–128 bytes, wildcards allowed.</summary>
        internal static bool TopicFilter(Response r, ParameterList p, int index, out byte[] topic)
        {
            if (!ArgumentReader.MqttString(r, p, index, MaxTopicLength, MqttError.TopicReadFailed,
                MqttError.TopicIsOverlength, out topic))
            {
                return false;
            }
            if (topic.Length == 0)
            {
                r.MqttError(MqttError.TopicIsNull);
                return false;
            }
            return true;
        }

        internal static bool Qos(Response r, ParameterList p, int index, out int qos)
        {
            return ArgumentReader.MqttInt(r, p, index, 0, 2, MqttError.QosReadFailed, MqttError.QosValueIsWrong, out qos);
        }

        internal static bool Retain(Response r, ParameterList p, int index, out int retain)
        {
            return ArgumentReader.MqttInt(r, p, index, 0, 1, MqttError.RetainReadFailed, MqttError.RetainValueIsWrong, out retain);
        }
    }
}
