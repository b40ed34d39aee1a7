using System.Globalization;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>The AT command lines and answers of docs/commands/mqtt.md to docs/urcs.md, spelled once.</summary>
    public static class At
    {
        public const string OK = "\r\nOK\r\n";
        public const string Disconnected = "+MQTTDISCONNECTED:0\r\n";
        public const string PubOk = "+MQTTPUB:OK\r\n";

        /// <summary>The path a scheme needs: "" for TCP/TLS (1–5), "/mqtt" for ws/wss (6–10).</summary>
        public static string PathFor(int scheme)
        {
            return scheme >= 6 ? "/mqtt" : "";
        }

        public static string UserCfg(int scheme, string clientId, string user = "", string password = "", int certKeyId = 0, int caId = 0, string? path = null)
        {
            return "AT+MQTTUSERCFG=0," + scheme + ",\"" + clientId + "\",\"" + user + "\",\"" + password + "\"," + certKeyId + "," + caId
                + ",\"" + (path ?? PathFor(scheme)) + "\"";
        }

        public static string ConnCfg(int keepalive, int disableCleanSession, string willTopic = "", string willMessage = "", int willQos = 0, int willRetain = 0)
        {
            return "AT+MQTTCONNCFG=0," + keepalive + "," + disableCleanSession + ",\"" + willTopic + "\",\"" + willMessage + "\"," + willQos + "," + willRetain;
        }

        public static string Conn(string host, int port, int reconnect, int? timeoutMs = null)
        {
            return "AT+MQTTCONN=0,\"" + host + "\"," + port + "," + reconnect + (timeoutMs.HasValue ? "," + timeoutMs.Value : "");
        }

        /// <summary>The whole answer to a successful MQTTCONN: the URC, then OK.</summary>
        public static string ConnectedAnswer(int scheme, string host, int port, int reconnect, string? path = null)
        {
            return ConnectedUrc(scheme, host, port, reconnect, path) + OK;
        }

        public static string ConnectedUrc(int scheme, string host, int port, int reconnect, string? path = null)
        {
            return "+MQTTCONNECTED:0," + scheme + ",\"" + host + "\",\"" + port + "\",\"" + (path ?? PathFor(scheme)) + "\"," + reconnect + "\r\n";
        }

        /// <summary>The whole answer to a failed MQTTCONN with this MQTT error code (e.g. 0x6009).</summary>
        public static string ConnFailedAnswer(int code)
        {
            return Disconnected + "ERR CODE:0x" + (0x010a0000 | code).ToString("x8", CultureInfo.InvariantCulture) + "\r\n\r\nERROR\r\n";
        }

        /// <summary>AT+MQTTCONN? in states 3–6.</summary>
        public static string ConnQueryAnswer(int state, int scheme, string host, int port, int reconnect, string? path = null)
        {
            return "+MQTTCONN:0," + state + "," + scheme + ",\"" + host + "\",\"" + port + "\",\"" + (path ?? PathFor(scheme)) + "\"," + reconnect + "\r\n" + OK;
        }

        public static string Sub(string topic, int qos)
        {
            return "AT+MQTTSUB=0,\"" + topic + "\"," + qos;
        }

        public static string Pub(string topic, string data, int qos, int retain)
        {
            return "AT+MQTTPUB=0,\"" + topic + "\",\"" + data + "\"," + qos + "," + retain;
        }

        public static string PubRaw(string topic, int length, int qos, int retain)
        {
            return "AT+MQTTPUBRAW=0,\"" + topic + "\"," + length + "," + qos + "," + retain;
        }

        /// <summary>+MQTTSUBRECV for a text payload (one char per byte).</summary>
        public static string SubRecv(string topic, string payload)
        {
            return "+MQTTSUBRECV:0,\"" + topic + "\"," + payload.Length + "," + payload + "\r\n";
        }

        public static byte[] SubRecv(string topic, byte[] payload)
        {
            byte[] head = System.Text.Encoding.Latin1.GetBytes("+MQTTSUBRECV:0,\"" + topic + "\"," + payload.Length + ",");
            byte[] all = new byte[head.Length + payload.Length + 2];
            head.CopyTo(all, 0);
            payload.CopyTo(all, head.Length);
            all[all.Length - 2] = (byte)'\r';
            all[all.Length - 1] = (byte)'\n';
            return all;
        }

        /// <summary>A topic no other test uses: "espatnano/&lt;name&gt;/&lt;random&gt;".</summary>
        public static string UniqueTopic(string name)
        {
            return "espatnano/" + name + "/" + Guid.NewGuid().ToString("N").Substring(0, 8);
        }

        public static string UniqueClientId(string name)
        {
            return name + "-" + Guid.NewGuid().ToString("N").Substring(0, 8);
        }
    }
}
