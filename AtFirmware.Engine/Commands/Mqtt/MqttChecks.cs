namespace EspAtNano.Engine
{
    /// <summary>The checks several MQTT commands share, in the order SPEC §3 runs them.</summary>
    public static class MqttChecks
    {
        public const int MinTimeoutMs = 3000;
        public const int MaxTimeoutMs = 60000;
        public const int MaxTopicLength = 128;

        /// <summary>Parameter count, then LinkID.</summary>
        public static bool Begin(Response r, ParameterList p, int minCount, int maxCount)
        {
            return ArgumentReader.MqttCount(r, p, minCount, maxCount) && ArgumentReader.LinkId(r, p);
        }

        /// <summary>PUB, PUBRAW, SUB and UNSUB need a link in state 4–6.</summary>
        public static bool RequireConnected(Response r, MqttLink link)
        {
            if (!LinkState.IsConnected(link.State))
            {
                r.MqttError(MqttError.NullLink);
                return false;
            }
            return true;
        }

        /// <summary>
        /// The optional per-command timeout. The seed has no code for it, so a bad one is the
        /// generic "parameter prepare" error.
        /// </summary>
        public static bool Timeout(Response r, ParameterList p, int index, out int timeoutMs)
        {
            return ArgumentReader.OptionalMqttInt(r, p, index, MinTimeoutMs, MaxTimeoutMs, LinkConfig.DefaultTimeoutMs,
                MqttError.ParamPrepareError, MqttError.ParamPrepareError, out timeoutMs);
        }

        /// <summary>A topic to publish to: 1–128 bytes, no wildcard (an empty or wildcard topic cannot be published: 0x600C).</summary>
        public static bool PublishTopic(Response r, ParameterList p, int index, out byte[] topic)
        {
            if (!ArgumentReader.MqttString(r, p, index, MaxTopicLength, MqttError.TopicReadFailed,
                MqttError.TopicIsOverlength, out topic))
            {
                return false;
            }
            if (topic.Length == 0 || System.Array.IndexOf(topic, BoxedBytes.Plus) >= 0
                || System.Array.IndexOf(topic, BoxedBytes.Hash) >= 0)
            {
                r.MqttError(MqttError.ClientPublishFailed);
                return false;
            }
            return true;
        }

        /// <summary>A topic filter to (un)subscribe: 1–128 bytes, wildcards allowed.</summary>
        public static bool TopicFilter(Response r, ParameterList p, int index, out byte[] topic)
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

        public static bool Qos(Response r, ParameterList p, int index, out int qos)
        {
            return ArgumentReader.MqttInt(r, p, index, 0, 2, MqttError.QosReadFailed, MqttError.QosValueIsWrong, out qos);
        }

        public static bool Retain(Response r, ParameterList p, int index, out int retain)
        {
            return ArgumentReader.MqttInt(r, p, index, 0, 1, MqttError.RetainReadFailed, MqttError.RetainValueIsWrong, out retain);
        }
    }
}
