using System;
using System.Reflection;
using EspAtNano.Engine.Commands.Mqtt;
using EspAtNano.Engine.Device;
using EspAtNano.Engine.Ports;
using nanoFramework.M2Mqtt;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// Widens M2Mqtt's acknowledgement window to the engine's longest timeout. M2Mqtt 5.1.220
    /// resends a PUBLISH (QoS 1/2), SUBSCRIBE or UNSUBSCRIBE every MqttSettings.DelayOnRetry
    /// (1 s) and gives up after AttemptsOnRetry (3) sends (MqttClient.ProcessInflightThread:
    /// "if (delta >= _settings.DelayOnRetry)" … "if (msgContext.Attempt &lt; _settings.AttemptsOnRetry)"),
    /// dropping a SUBACK/UNSUBACK that comes later without an event; so a broker slower than
    /// about 3 s would get duplicates every second and the host a false failure, although
    /// AT+MQTTPUB/SUB/UNSUB wait up to 60 s. Both settings have internal setters
    /// (MqttSettings.cs: "public int DelayOnRetry { get; internal set; }"), so they are set
    /// through reflection on the one process-wide MqttSettings.Instance: one send, and a window
    /// longer than any engine timeout, after which the engine has already answered.
    /// </summary>
    internal static class M2MqttAckWindow
    {
        /// <summary>Longer than any timeout the engine passes (AT+MQTTPUB/SUB/UNSUB's timeout_ms is at most 60 s).</summary>
        public const int WindowMs = MqttChecks.MaxTimeoutMs + 5000;

        /// <summary>M2Mqtt's own window: 3 sends (MqttSettings.MaximumAttemptsRetry), 1 s apart (DefaultDelayRetry).</summary>
        public const int LibraryDefaultMs = 3000;

        /// <summary>One send: MQTT 3.1.1 resends only on a reconnect with a kept session (section 4.4).</summary>
        public const int Sends = 1;

        /// <summary>
        /// Applies the window; false (and the reason on the log) when the library refused, in
        /// which case its 3 × 1 s retry stands and AT+GMR says so.
        /// </summary>
        public static bool Apply(ILog log)
        {
            try
            {
                MqttSettings settings = MqttSettings.Instance;
                SetInternal(settings, "set_DelayOnRetry", WindowMs);
                SetInternal(settings, "set_AttemptsOnRetry", Sends);
                if (settings.DelayOnRetry == WindowMs && settings.AttemptsOnRetry == Sends)
                {
                    return true;
                }
                log.Write("mqtt: M2Mqtt kept its retry settings (" + settings.AttemptsOnRetry.ToString() + " sends, "
                    + settings.DelayOnRetry.ToString() + " ms apart)");
            }
            catch (Exception e)
            {
                log.Write("mqtt: cannot widen M2Mqtt's ack window: " + Failure.Describe(e));
            }
            return false;
        }

        private static void SetInternal(MqttSettings settings, string setter, int value)
        {
            MethodInfo method = typeof(MqttSettings).GetMethod(setter, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);
            if (method == null)
            {
                throw new InvalidOperationException("MqttSettings has no " + setter);
            }
            method.Invoke(settings, new object[] { value });
        }
    }
}
