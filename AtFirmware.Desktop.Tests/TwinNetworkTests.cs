namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// docs/commands/wifi-and-time.md and tcpip-settings.md on the twin: AT+CWLAP lists the --wifi networks,
    /// AT+CIPDOMAIN resolves with the PC's resolver while joined, and the settings a driver sends during init
    /// (AT+CIPDNS, AT+CWRECONNCFG, AT+CIPSNTPINTV) are taken and reported.
    /// </summary>
    [TestClass]
    public sealed class TwinNetworkTests
    {
        private const string Joined = "WIFI CONNECTED\r\nWIFI GOT IP\r\n\r\nOK\r\n";

        // Every test starts offline (--no-saved-ap): each is about what the host sees before and after it joins.

        [TestMethod]
        public void CwLapListsTheWifiNetworksStrongestFirstAndCwJapReportsTheSameAp()
        {
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki, "--wifi", "LabAP:pass-1234", "--wifi", "Guest:", "--no-saved-ap");
            AtHost at = module.At;

            at.Command("AT+CWLAP",
                "+CWLAP:(3,\"LabAP\",-40,\"02:00:00:00:00:01\",6,-1,-1,4,4,7,0)\r\n" +
                "+CWLAP:(0,\"Guest\",-47,\"02:00:00:00:00:02\",1,-1,-1,0,0,7,0)\r\n" + OK);
            at.Command("AT+CWLAPOPT=,31,-100,1", OK);
            at.Command("AT+CWLAP", "+CWLAP:(0,\"Guest\",-47,\"02:00:00:00:00:02\",1)\r\n" + OK);
            at.Command("AT+CWJAP=\"Guest\",\"\"", Joined);
            at.Command("AT+CWJAP?", "+CWJAP:\"Guest\",\"02:00:00:00:00:02\",1,-47,0,1,3,0,1\r\n" + OK);
        }

        [TestMethod]
        public void CipDomainResolvesWithThePcsResolverOnlyWhileJoined()
        {
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki, "--wifi", "LabAP:pass-1234", "--no-saved-ap");
            AtHost at = module.At;

            at.Command("AT+CIPDOMAIN=\"localhost\",2", "\r\nERROR\r\n");
            at.Command("AT+CWJAP=\"LabAP\",\"pass-1234\"", Joined);
            at.Command("AT+CIPDOMAIN=\"localhost\",2", "+CIPDOMAIN:\"127.0.0.1\"\r\n" + OK);
        }

        [TestMethod]
        public void InitSettingsAreTakenAndReported()
        {
            using Module module = Module.OverTcp(Lab.Broker, Lab.Pki, "--wifi", "LabAP:pass-1234", "--no-saved-ap");
            AtHost at = module.At;

            at.Command("AT+CIPDNS?", "+CIPDNS:0,\"208.67.222.222\",\"114.114.114.114\",\"8.8.8.8\"\r\n" + OK);
            at.Command("AT+CIPDNS=1,\"1.1.1.1\",\"8.8.8.8\"", OK);
            at.Command("AT+CIPDNS?", "+CIPDNS:1,\"1.1.1.1\",\"8.8.8.8\"\r\n" + OK);
            at.Command("AT+CWRECONNCFG=1,100", OK);
            at.Command("AT+CWRECONNCFG?", "+CWRECONNCFG:1,100\r\n" + OK);
            at.Command("AT+CIPSNTPINTV=60", OK);
            at.Command("AT+CIPSNTPINTV?", "+CIPSNTPINTV:60\r\n" + OK);
        }
    }
}
