namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// SPEC §8: the init sequences of public ESP-AT host drivers get OK for every line from the twin, in the order
    /// those drivers send them, up to their first MQTT command (docs/commands/wifi-and-time.md, tcpip-settings.md).
    /// </summary>
    [TestClass]
    public sealed class DriverInitTests
    {
        private const string Joined = "WIFI CONNECTED\r\nWIFI GOT IP\r\n\r\nOK\r\n";

        /// <summary>Station setup as the Arduino WiFiEspAT and C lwesp drivers do it: mode without auto-connect, settings, then addresses.</summary>
        [TestMethod]
        public void AStationInitSequenceGetsOkForEveryLine()
        {
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki, "--wifi", "LabAP:pass-1234", "--no-saved-ap");
            AtHost at = module.At;

            at.CommandOk("AT");
            at.Command("ATE0", OK);
            at.SendLine("AT+GMR");
            StringAssert.Contains(at.ReadTextUntil(OK), " - ESP32 - ");
            at.Command("AT+CWINIT=1", OK);
            at.Command("AT+CWMODE=1,0", OK);
            at.Command("AT+CWAUTOCONN=0", OK);
            at.Command("AT+CWCOUNTRY=1,\"DE\",1,13", OK);
            at.Command("AT+CWHOSTNAME=\"sensor-1\"", OK);
            at.Command("AT+CWDHCP=1,1", OK);
            at.Command("AT+CIPMUX=0", OK);
            at.Command("AT+CIPSTATUS", "STATUS:1\r\n" + OK);
            at.Command("AT+CWSTATE?", "+CWSTATE:0,\"\"\r\n" + OK);
            at.Command("AT+CWJAP=\"LabAP\",\"pass-1234\"", Joined);
            at.Command("AT+CWSTATE?", "+CWSTATE:2,\"LabAP\"\r\n" + OK);
            at.Command("AT+CIPSTATUS", "STATUS:2\r\n" + OK);
            at.Command("AT+CIPSTA?",
                "+CIPSTA:ip:\"192.168.4.2\"\r\n+CIPSTA:gateway:\"192.168.4.1\"\r\n+CIPSTA:netmask:\"255.255.255.0\"\r\n" + OK);
            at.SendLine("AT+CIPSTAMAC?");
            string mac = at.ReadTextUntil(OK);
            StringAssert.Matches(mac, new System.Text.RegularExpressions.Regex(
                "^\\+CIPSTAMAC:\"24:0a:c4(:[0-9a-f]{2}){3}\"\r\n\r\nOK\r\n$"));
            string address = mac.Substring("+CIPSTAMAC:".Length, 19);
            at.Command("AT+CIFSR", "+CIFSR:STAIP,\"192.168.4.2\"\r\n+CIFSR:STAMAC," + address + "\r\n" + OK);
            at.Command("AT+CWHOSTNAME?", "+CWHOSTNAME:sensor-1\r\n" + OK);
            at.Command("AT+CWCOUNTRY?", "+CWCOUNTRY:1,\"DE\",1,13\r\n" + OK);
            at.Command("AT+CIPSTATE?", OK);

            int port = Lab.Broker.TcpPort;
            at.CommandOk(UserCfg(1, UniqueClientId("driver-init")));
            at.Command(Conn("127.0.0.1", port, 0), ConnectedAnswer(1, "127.0.0.1", port, 0));
        }

        /// <summary>A driver that configures a static address before joining: the twin reports it, DHCP off.</summary>
        [TestMethod]
        public void AStaticAddressSetBeforeTheJoinIsTheOneReported()
        {
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki, "--wifi", "LabAP:pass-1234", "--no-saved-ap");
            AtHost at = module.At;

            at.Command("AT+CIPSTA=\"192.168.6.100\",\"192.168.6.1\",\"255.255.255.0\"", OK);
            at.Command("AT+CWDHCP?", "+CWDHCP:2\r\n" + OK);
            at.Command("AT+CWJAP=\"LabAP\",\"pass-1234\"", Joined);
            at.Command("AT+CIPSTA?",
                "+CIPSTA:ip:\"192.168.6.100\"\r\n+CIPSTA:gateway:\"192.168.6.1\"\r\n+CIPSTA:netmask:\"255.255.255.0\"\r\n" + OK);
        }
    }
}
