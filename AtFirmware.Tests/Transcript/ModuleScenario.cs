#nullable disable
using EspAtNano.Engine;
using EspAtNano.Engine.Ports;
using EspAtNano.Firmware.Tests.Support;

namespace EspAtNano.Firmware.Tests.Transcript
{
    /// <summary>
    /// One whole host session, the same code on .NET and on the nanoFramework runtime: every
    /// command family (basic, Wi-Fi, TCP/IP settings, certificates, MQTT), error codes, busy
    /// answers, raw-data windows, messages, a dropped link that reconnects, and the TLS options.
    /// Its result is every byte the module wrote. Each step waits for the module to be idle, and
    /// for every URC it causes, so the bytes and their order are the same on every run and runtime.
    /// </summary>
    public static class ModuleScenario
    {
        private const string Ca = "-----BEGIN CERTIFICATE-----\nCA\n-----END CERTIFICATE-----\n";
        private const string ClientCert = "-----BEGIN CERTIFICATE-----\nCLIENT\n-----END CERTIFICATE-----\n";
        private const string ClientKey = "-----BEGIN PRIVATE KEY-----\nKEY\n-----END PRIVATE KEY-----\n";

        /// <summary>Runs the session and returns the module's whole UART output, one char per byte.</summary>
        public static string Run()
        {
            using (TestModule m = new TestModule(EngineLimits.ReconnectIntervalMs.Min, new ScriptedStation()))
            {
                Basics(m);
                WiFiAndTcpIp(m);
                Certificates(m);
                PlainSession(m);
                Busy(m);
                Reconnect(m);
                Tls(m);
                return m.Uart.All;
            }
        }

        private static void Basics(TestModule m)
        {
            m.Send("AT\r\n");
            m.Send("ATE0\r\n");
            m.Send("AT+GMR\r\n");
            m.Send("AT+SYSLOG=1\r\n");
            m.Send("AT+SYSLOG?\r\n");
            m.Send("HELLO\r\n");
            m.Send("AT+NOSUCH\r\n");
            m.Send("AT+SYSMSG=1\r\n");
            m.Send("AT+SYSMSG?\r\n");
            m.Send("AT+SYSSTORE?\r\n");
            m.Send("ATE1\r\n");
            m.Send("AT\r\n");
            m.Send("ATE0\r\n");
        }

        private static void WiFiAndTcpIp(TestModule m)
        {
            m.Send("AT+CWMODE?\r\n");
            m.Send("AT+CWMODE=1\r\n");
            m.Send("AT+CWSTATE?\r\n");
            m.Send("AT+CWLAP\r\n");
            m.Send("AT+CWJAP=\"home\",\"wrong\"\r\n");
            m.Send("AT+CWJAP=\"home\",\"secret\"\r\n");
            m.Send("AT+CWJAP?\r\n");
            m.Send("AT+CWSTATE?\r\n");
            m.Send("AT+CIPSTA?\r\n");
            m.Send("AT+CIPSTAMAC?\r\n");
            m.Send("AT+CWHOSTNAME?\r\n");
            m.Send("AT+CIFSR\r\n");
            m.Send("AT+CIPSTATUS\r\n");
            m.Send("AT+CIPDNS?\r\n");
            m.Send("AT+CIPDOMAIN=\"broker.local\"\r\n");
            m.Send("AT+CIPDOMAIN=\"nowhere.local\"\r\n");
            m.Send("AT+CIPMUX?\r\n");
            m.Send("AT+CIPRECVTYPE?\r\n");
            m.Send("AT+CIPDINFO?\r\n");
        }

        private static void Certificates(TestModule m)
        {
            WriteCertificate(m, "mqtt_ca", Ca);
            WriteCertificate(m, "mqtt_cert", ClientCert);
            WriteCertificate(m, "mqtt_key", ClientKey);
            m.Send("AT+SYSMFG?\r\n");
            m.Send("AT+SYSMFG=1,\"mqtt_ca\"\r\n");
            m.Send("AT+SYSMFG=1,\"mqtt_ca\",\"mqtt_ca\",0,27\r\n");
            m.Send("AT+SYSMFG=1,\"client_cert\"\r\n");
        }

        private static void WriteCertificate(TestModule m, string name, string pem)
        {
            m.Send("AT+SYSMFG=2,\"" + name + "\",\"" + name + "\",8," + pem.Length + "\r\n");
            m.Send(pem);
        }

        private static void PlainSession(TestModule m)
        {
            m.Send("AT+MQTTCONN?\r\n");
            m.Send("AT+MQTTPUB=0,\"t\",\"x\",0,0\r\n");
            m.Send("AT+MQTTUSERCFG=0,1,\"sensor-7\",\"user\",\"pass\",0,0\r\n");
            m.Send("AT+MQTTUSERCFG=0,1,\"sensor-7\",\"user\",\"pass\",0,0,\"\"\r\n");
            m.Send("AT+MQTTCLIENTID=0,\"sensor-8\"\r\n");
            m.Send("AT+MQTTUSERNAME=0,\"operator\"\r\n");
            m.Send("AT+MQTTLONGPASSWORD=0,10\r\n");
            m.Send("pass\r\nword");
            m.Send("AT+MQTTCONNCFG=0,60,1,\"state/online\",\"0\",1,1\r\n");
            m.Send("AT+MQTTCONN?\r\n");
            m.Send("AT+MQTTCONN=0,\"bro_ker\",1883,1\r\n");
            m.Send("AT+MQTTCONN=0,\"broker.local\",1883,1\r\n");
            m.Send("AT+MQTTCONN?\r\n");
            m.Send("AT+MQTTSUB=0,\"cmd/#\",1\r\n");
            m.Send("AT+MQTTSUB=0,\"cmd/#\",2\r\n");
            m.Send("AT+MQTTSUB=0,\"cfg\",0\r\n");
            m.Send("AT+MQTTSUB?\r\n");
            m.Send("AT+MQTTPUB=0,\"state/temp\",\"21.5\",1,0\r\n");
            m.Send("AT+MQTTPUB=0,\"state/json\",\"{\\\"t\\\":21.5\\,\\\"h\\\":40}\",0,1\r\n");
            m.Send("AT+MQTTPUB=0,\"state/#\",\"x\",0,0\r\n");
            m.Send("AT+MQTTPUBRAW=0,\"bin/blob\",6,1,0\r\n");
            m.Send("\x01\r\nOK\x02");
            Deliver(m, "cmd/led", "on", 1);
            Deliver(m, "cfg", "\r\nOK\r\n", 0);
            Deliver(m, "cfg", "\u0001\u007f\u00e9\u00ff", 0);
            // A message while the host sends raw data waits until the block is complete.
            m.Send("AT+MQTTPUBRAW=0,\"bin/x\",4,0,0\r\n");
            m.Feed("da");
            m.Mqtt.Deliver("cmd/led", "off", 1);
            m.Send("ta");
            m.Send("AT+MQTTUNSUB=0,\"cfg\"\r\n");
            m.Send("AT+MQTTUNSUB=0,\"never\"\r\n");
            m.Mqtt.PublishSucceeds = false;
            m.Send("AT+MQTTPUB=0,\"state/temp\",\"22\",1,0\r\n");
            m.Send("AT+MQTTPUBRAW=0,\"state/temp\",2,1,0\r\n");
            m.Send("22");
            m.Mqtt.PublishSucceeds = true;
        }

        private static void Busy(TestModule m)
        {
            m.Mqtt.Hold();
            m.Feed("AT+MQTTPUB=0,\"state/temp\",\"23\",1,0\r\n");
            if (!m.Mqtt.WaitForHeldCall(TestModule.WaitMs))
            {
                throw new System.InvalidOperationException("the publish never reached the client");
            }
            m.Feed("AT\r\n");
            m.TakeAfter("busy p...\r\n");
            m.Feed("AT+MQTTSUB?\r\n");
            m.TakeAfter("busy p...\r\n");
            m.Mqtt.Release();
            m.Idle();
            m.Send("AT\r\n");
        }

        private static void Reconnect(TestModule m)
        {
            m.Mqtt.ConnectOutcomes.Add(ConnectOutcome.Timeout);
            m.Mqtt.DropLink();
            m.TakeAfter("+MQTTCONNECTED");
            m.Send("AT+MQTTCONN?\r\n");
            m.Send("AT+MQTTCONN=0,\"broker.local\",1883,1\r\n");
            Deliver(m, "cmd/led", "back", 0);
            m.Send("AT+MQTTCLEAN=0\r\n");
            m.Send("AT+MQTTCLEAN=0\r\n");
            m.Send("AT+MQTTUSERCFG=0,1,\"s\",\"\",\"\",0,0,\"\"\r\n");
            m.Send("AT+MQTTCONN=0,\"broker.local\",1883,0\r\n");
            m.Mqtt.DropLink();
            m.TakeAfter("+MQTTDISCONNECTED:0\r\n");
            m.Send("AT+MQTTCONN?\r\n");
            m.Send("AT+MQTTCONN=0,\"broker.local\",1883,0\r\n");
            m.Send("AT+MQTTCLEAN=0\r\n");
        }

        private static void Tls(TestModule m)
        {
            m.Send("AT+MQTTUSERCFG=0,5,\"secure-7\",\"\",\"\",0,0,\"\"\r\n");
            m.Send("AT+MQTTSNI=0,\"broker.local\"\r\n");
            m.Send("AT+MQTTSNI=0,\"\"\r\n");
            m.Send("AT+MQTTALPN=0,1,\"mqtt\"\r\n");
            m.Send("AT+MQTTALPN=0,0\r\n");
            m.Send("AT+MQTTCONNCFG=0,120,0,\"\",\"\",0,0\r\n");
            m.Send("AT+MQTTCONN=0,\"broker.local\",8883,0,5000\r\n");
            m.Send("AT+MQTTCONN?\r\n");
            m.Send("AT+MQTTCLEAN=0\r\n");
            m.Send("AT+MQTTUSERCFG=0,3,\"secure-7\",\"\",\"\",0,1,\"\"\r\n");
            m.Send("AT+MQTTCONN=0,\"broker.local\",8883,0\r\n");
            m.Send("AT+MQTTUSERCFG=0,4,\"secure-7\",\"\",\"\",0,0,\"\"\r\n");
            m.Mqtt.ConnectOutcomes.Add(ConnectOutcome.TlsFailure);
            m.Send("AT+MQTTCONN=0,\"broker.local\",8883,0\r\n");
            m.Send("AT+MQTTCONN=0,\"broker.local\",8883,0\r\n");
            m.Send("AT+MQTTCLEAN=0\r\n");
            m.Send("AT+CWQAP\r\n");
            m.Send("AT+CWSTATE?\r\n");
            m.Send("AT+RST\r\n");
            m.Send("AT\r\n");
        }

        /// <summary>A message from the broker, once its URC is out.</summary>
        private static void Deliver(TestModule m, string topic, string payload, int qos)
        {
            m.Mqtt.Deliver(topic, payload, qos);
            m.TakeAfter("+MQTTSUBRECV:0,\"" + topic + "\"," + payload.Length + "," + payload + "\r\n");
        }
    }
}
