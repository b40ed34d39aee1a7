using System.Text;
using EspAtNano.Engine.Ports;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace EspAtNano.Desktop.Mqtt;

/// <summary>The MQTTnet options for one connect request: MQTT 3.1.1, as ESP-AT speaks it.</summary>
public static class ClientOptionsFactory
{
    /// <summary>Throws when the TLS material cannot be used (bad PEM, an empty ALPN name).</summary>
    public static MqttClientOptions Create(MqttConnectRequest request, int timeoutMs, ILog log)
    {
        MqttClientOptionsBuilder builder = new MqttClientOptionsBuilder()
            .WithTcpServer(request.Host, request.Port)
            .WithStreamProvider(new BrokerConnector(request, request.UsesTls ? TlsSetup.Create(request, log) : null))
            .WithProtocolVersion(MqttProtocolVersion.V311)
            // Also when empty (MQTTnet would invent one): whether "" is acceptable is the broker's call.
            .WithClientId(Encoding.UTF8.GetString(request.ClientId))
            .WithCleanSession(request.CleanSession)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(request.KeepAliveSeconds))
            .WithTimeout(TimeSpan.FromMilliseconds(timeoutMs))
            // Each packet in one write: MQTTnet otherwise writes a PUBLISH's header and payload
            // separately, two TCP segments (NoDelay) and two wake-ups of the broker per publish
            // (TwinBench: ~20 % of the twin's CPU per QoS 0 publish). Brokers that drop a packet
            // split across segments or WebSocket frames (AWS, per MQTTnet) then work as well.
            .WithoutPacketFragmentation();
        if (request.Username.Length > 0 || request.Password.Length > 0)
        {
            // MQTT 3.1.1 sends no password without a user name, so a lone password goes with "".
            builder.WithCredentials(Encoding.UTF8.GetString(request.Username), request.Password.Length > 0 ? request.Password : null);
        }
        if (request.WillTopic != null)
        {
            builder.WithWillTopic(Encoding.UTF8.GetString(request.WillTopic))
                .WithWillPayload(request.WillMessage)
                .WithWillQualityOfServiceLevel((MqttQualityOfServiceLevel)request.WillQos)
                .WithWillRetain(request.WillRetain);
        }
        return builder.Build();
    }
}
