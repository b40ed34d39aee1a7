using EspAtNano.Engine.Device;
using EspAtNano.Firmware.Tests.Support;
using nanoFramework.TestFramework;

namespace EspAtNano.Firmware.Tests.Device
{
    /// <summary>
    /// When the SNTP client asks (AtFirmware.Engine/Device/SntpSchedule.cs): a round at once when
    /// AT+CIPSNTPCFG kicks it, nothing while SNTP is off, and AT+CIPSNTPINTV's seconds as a pause a
    /// wait handle can take.
    /// </summary>
    [TestClass]
    public class SntpScheduleTests
    {
        /// <summary>A client of the scripted servers whose clock and log no test here reads.</summary>
        private static SntpClient ClientOf(ScriptedSntpServers servers)
        {
            return new SntpClient(servers, new RecordingClockSetter(), new SteppingTicks(1), new RecordingLog());
        }

        [TestMethod]
        public void TheScheduleSyncsAtOnceWhenKicked()
        {
            ScriptedSntpServers servers = new ScriptedSntpServers();
            SntpClient client = ClientOf(servers);
            SntpSchedule schedule = new SntpSchedule(client);
            try
            {
                servers.Answers("a.example", SntpReply.Noon);
                client.Configure(true, new string[] { "a.example" });
                schedule.Kick();
                Assert.IsTrue(schedule.RoundDone.WaitOne(Waiting.LimitMs, false), "the kicked round did not run");
                Assert.IsTrue(client.IsSynchronised);
                Assert.AreEqual("a.example", servers.Asked());
            }
            finally
            {
                schedule.Close();
            }
        }

        [TestMethod]
        public void TheScheduleAsksNothingWhileDisabled()
        {
            ScriptedSntpServers servers = new ScriptedSntpServers();
            SntpClient client = ClientOf(servers);
            SntpSchedule schedule = new SntpSchedule(client);
            try
            {
                schedule.Kick();
                Assert.IsTrue(schedule.RoundDone.WaitOne(Waiting.LimitMs, false), "the schedule's thread never looked");
                Assert.AreEqual("", servers.Asked());
            }
            finally
            {
                schedule.Close();
            }
        }

        [TestMethod]
        public void ANewIntervalStartsARoundNow()
        {
            ScriptedSntpServers servers = new ScriptedSntpServers();
            SntpClient client = ClientOf(servers);
            SntpSchedule schedule = new SntpSchedule(client);
            try
            {
                servers.Answers("a.example", SntpReply.Noon);
                client.Configure(true, new string[] { "a.example" });
                schedule.Kick();
                Assert.IsTrue(schedule.RoundDone.WaitOne(Waiting.LimitMs, false), "the kicked round did not run");
                // The hour's pause has begun; only the new interval can start another round in time.
                schedule.SetInterval(3600);
                Assert.IsTrue(schedule.RoundDone.WaitOne(Waiting.LimitMs, false), "AT+CIPSNTPINTV did not start a round");
                Assert.AreEqual("a.example a.example", servers.Asked());
            }
            finally
            {
                schedule.Close();
            }
        }

        [TestMethod]
        [DataRow(3600, 3600000)]
        [DataRow(15, 15000)]
        [DataRow(4294967, int.MaxValue)]
        [DataRow(0, 1000)]
        [DataRow(-5, 1000)]
        public void TheIntervalBecomesAPauseAWaitCanTake(int seconds, int pauseMs)
        {
            Assert.AreEqual(pauseMs, SntpSchedule.IntervalMs(seconds));
        }
    }
}
