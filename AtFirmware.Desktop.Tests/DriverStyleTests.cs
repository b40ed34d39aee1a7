using System.Diagnostics;
using System.Text.RegularExpressions;

namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// SPEC §8, issue 8 item 5: whole host-driver scripts, from reset to MQTT traffic, in the styles of two more
    /// driver families than DriverInitTests. Every command gets its documented final result; stable answers are exact.
    /// </summary>
    [TestClass]
    public sealed class DriverStyleTests
    {
        private const string Joined = "WIFI CONNECTED\r\nWIFI GOT IP\r\n\r\nOK\r\n";
        private const string Ap = "LabAP:pass-1234";
        private const string Station =
            "+CIPSTA:ip:\"192.168.4.2\"\r\n+CIPSTA:gateway:\"192.168.4.1\"\r\n+CIPSTA:netmask:\"255.255.255.0\"\r\n" + OK;

        private string _certs = "";

        [TestInitialize]
        public void CreateEmptyStore()
        {
            _certs = Path.Combine(Path.GetTempPath(), "espatnano-driverstyle-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(_certs);
        }

        [TestCleanup]
        public void DeleteStore()
        {
            Directory.Delete(_certs, true);
        }

        /// <summary>
        /// Python-library style, after adafruit_espatcontrol (CircuitPython/MicroPython ESP-AT library): soft_reset sends
        /// AT+RST and waits for "ready", echo(False) sends ATE0, mode → AT+CWMODE=1, join → AT+CWQAP then AT+CWJAP and
        /// reads lines until OK (skipping WIFI ... status lines), sntp_config → AT+CIPSNTPCFG=1,&lt;tz&gt;,"pool.ntp.org"
        /// and the clock polled with AT+CIPSNTPTIME?; MQTT per docs/en/AT_Command_Examples/MQTT_AT_Examples
        /// (USERCFG, CONNCFG, CONN, SUB, PUB, +MQTTSUBRECV). On +MQTTDISCONNECTED the library starts over:
        /// AT+MQTTCLEAN, then the same configuration, connect and subscriptions again.
        /// </summary>
        [TestMethod]
        public void APythonLibraryScriptResetsJoinsSyncsTheClockTalksMqttAndRecoversFromABrokerRestart()
        {
            using Mosquitto broker = Mosquitto.Start(Lab.Pki);
            int port = broker.TcpPort;
            string down = UniqueTopic("pylib/down");
            string up = UniqueTopic("pylib/up");
            string clientId = UniqueClientId("pylib");
            using Module module = Module.OverTcp(broker, Lab.Pki, "--wifi", Ap);
            AtHost at = module.At;

            // soft_reset: the module boots; echo is on again after the restart.
            at.Command("AT+RST", OK);
            at.ReadUntil("\r\nready\r\n");
            // Auto-connect is on: the module joins its saved AP again, and the library skips these status lines.
            at.Expect("WIFI CONNECTED\r\nWIFI GOT IP\r\n");
            at.Command("ATE0", "ATE0\r\n" + OK);
            at.Command("AT+CWMODE=1", OK);
            at.Command("AT+CWQAP", OK + "WIFI DISCONNECT\r\n");
            at.Command("AT+CWJAP=\"LabAP\",\"pass-1234\"", Joined);
            at.SendLine("AT+CIFSR");
            StringAssert.Matches(at.ReadTextUntil(OK), new Regex(
                "^\\+CIFSR:STAIP,\"192\\.168\\.4\\.2\"\r\n\\+CIFSR:STAMAC,\"24:0a:c4(:[0-9a-f]{2}){3}\"\r\n\r\nOK\r\n$"));
            at.Command("AT+CIPSNTPCFG=1,0,\"pool.ntp.org\"", OK);
            WaitForSyncedClock(at);

            using Observer observer = Observer.Connect(port);
            observer.Subscribe(up, 1);
            ConnectAndSubscribe(at, clientId, port, down);
            at.Command(Pub(up, "hello from python", 1, 0), OK);
            Assert.AreEqual("hello from python", observer.WaitFor(up).Text);
            observer.Publish(down, "to the module", 1);
            at.Expect(SubRecv(down, "to the module"));

            broker.Stop();
            at.Expect(Disconnected);
            broker.Restart();
            at.Command("AT+MQTTCLEAN=0", OK);
            ConnectAndSubscribe(at, clientId, port, down);
            using Observer after = Observer.Connect(port);
            after.Publish(down, "after the restart", 1);
            at.Expect(SubRecv(down, "after the restart"));
        }

        /// <summary>
        /// Vendor C SDK style (STM32 ESP-AT middleware, e.g. ST's X-CUBE WiFi "esp_at" and Espressif's
        /// docs/en/AT_Command_Examples/MQTT_AT_Examples "MQTT over TLS (with client certificate)"): probe with AT, read
        /// AT+GMR for the "AT version:" line and the chip tag, keep settings out of flash (AT+SYSSTORE=0), station mode
        /// without auto-connect, DHCP on, country, join, read back address, MAC and status, write the CA, client
        /// certificate and key with AT+SYSMFG, sync the clock, then MQTT scheme 5 and a raw publish.
        /// </summary>
        [TestMethod]
        public void AVendorCSdkScriptProvisionsCertificatesJoinsAndPublishesRawOverTlsWithAClientCertificate()
        {
            using TwinProcess twin = TwinProcess.StartTcp(_certs, "--wifi", Ap, "--no-saved-ap");
            using AtHost at = TcpHost.Attach(twin, () => twin.Stderr + "\n---- mosquitto log ----\n" + Lab.Broker.Log);
            at.Boot(false);
            int port = Lab.Broker.TlsClientCertPort;
            string up = UniqueTopic("vendor/up");

            at.Command("AT", OK);
            at.SendLine("AT+GMR");
            string version = at.ReadTextUntil(OK);
            StringAssert.Matches(version, new Regex("^AT version:[^\r\n]* - ESP32 - [^\r\n]*\r\n"));
            at.Command("AT+SYSSTORE=0", OK);
            at.Command("AT+CWINIT=1", OK);
            at.Command("AT+CWMODE=1,0", OK);
            at.Command("AT+CWDHCP=1,1", OK);
            at.Command("AT+CWAUTOCONN=0", OK);
            at.Command("AT+CWCOUNTRY=0,\"CN\",1,13", OK);
            at.Command("AT+CWJAP=\"LabAP\",\"pass-1234\"", Joined);
            at.Command("AT+CIPSTA?", Station);
            at.SendLine("AT+CIPSTAMAC?");
            StringAssert.Matches(at.ReadTextUntil(OK), new Regex("^\\+CIPSTAMAC:\"24:0a:c4(:[0-9a-f]{2}){3}\"\r\n\r\nOK\r\n$"));
            at.Command("AT+CIPSTATUS", "STATUS:2\r\n" + OK);

            Provision(at, "mqtt_ca", "mqtt_ca.pem");
            Provision(at, "mqtt_cert", "mqtt_cert.pem");
            Provision(at, "mqtt_key", "mqtt_key.pem");
            at.Command("AT+CIPSNTPCFG=1,8,\"cn.ntp.org.cn\",\"ntp.sjtu.edu.cn\"", OK);
            WaitForSyncedClock(at);

            using Observer observer = Observer.Connect(Lab.Broker.TcpPort);
            observer.Subscribe(up, 1);
            at.Command(UserCfg(5, UniqueClientId("vendor")), OK);
            at.Command(Conn("127.0.0.1", port, 1), ConnectedAnswer(5, "127.0.0.1", port, 1));
            byte[] reading = "{\"temp\":21.5}"u8.ToArray();
            at.Command(PubRaw(up, reading.Length, 1, 0), AtHost.Prompt);
            at.Send(reading);
            at.Expect(PubOk);
            CollectionAssert.AreEqual(reading, observer.WaitFor(up).Payload);
        }

        /// <summary>The library's connect step: configuration, connection and its subscriptions, each with its OK.</summary>
        private static void ConnectAndSubscribe(AtHost at, string clientId, int port, string topic)
        {
            at.Command(UserCfg(1, clientId), OK);
            at.Command(ConnCfg(60, 0), OK);
            at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(1, "127.0.0.1", port, 0));
            at.Command(Sub(topic, 1), OK);
        }

        /// <summary>AT+SYSMFG=2 with the test PKI's file as the raw block: prompt, the bytes, OK.</summary>
        private static void Provision(AtHost at, string name, string fileName)
        {
            byte[] value = File.ReadAllBytes(Path.Combine(Lab.Pki.ModuleDirectory, fileName));
            at.Command("AT+SYSMFG=2,\"" + name + "\",\"" + name + "\",8," + value.Length, AtHost.Prompt);
            at.Send(value);
            at.Expect(OK);
        }

        /// <summary>Polls AT+CIPSNTPTIME? as the drivers do until the clock has left 1970 (nothing announces the sync).</summary>
        private static void WaitForSyncedClock(AtHost at)
        {
            Stopwatch watch = Stopwatch.StartNew();
            while (true)
            {
                at.SendLine("AT+CIPSNTPTIME?");
                string answer = at.ReadTextUntil(OK);
                StringAssert.StartsWith(answer, "+CIPSNTPTIME:");
                if (!answer.Contains(" 1970", StringComparison.Ordinal))
                {
                    return;
                }
                if (watch.Elapsed > AtHost.DefaultTimeout)
                {
                    Assert.Fail("the clock is still in 1970 after SNTP was enabled: " + answer);
                }
                Thread.Sleep(200);
            }
        }
    }
}
