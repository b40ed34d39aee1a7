using System;
using EspAtNano.Engine.Device;
using EspAtNano.Firmware.Tests.Support;
using nanoFramework.TestFramework;

namespace EspAtNano.Firmware.Tests.Device
{
    /// <summary>
    /// The device's managed SNTP client (AtFirmware.Engine/Device/SntpClient.cs), as AT+CIPSNTPCFG
    /// drives it: nothing is asked until SNTP is enabled, the host's servers (or the defaults, at
    /// most three) are asked in turn until one answers with a valid time, which sets the clock.
    /// </summary>
    [TestClass]
    public class SntpClientTests
    {
        /// <summary>Every tick reading moves 10 ms on: the exchange reads twice, so every round trip is 10 ms.</summary>
        private const int TickStepMs = 10;

        private static readonly DateTime Noon = new DateTime(2026, 11, 29, 12, 0, 0);

        private static SntpClient Client(ScriptedSntpServers servers, RecordingClockSetter clock, RecordingLog log)
        {
            return new SntpClient(servers, clock, new SteppingTicks(TickStepMs), log);
        }

        [TestMethod]
        public void NothingIsAskedUntilSntpIsEnabled()
        {
            ScriptedSntpServers servers = new ScriptedSntpServers();
            SntpClient client = Client(servers, new RecordingClockSetter(), new RecordingLog());
            Assert.IsFalse(client.IsEnabled);
            Assert.IsFalse(client.SyncOnce());
            Assert.AreEqual("", servers.Asked());
            Assert.IsFalse(client.IsSynchronised);
        }

        [TestMethod]
        public void TheFirstServerThatAnswersSetsTheClock()
        {
            ScriptedSntpServers servers = new ScriptedSntpServers();
            RecordingClockSetter clock = new RecordingClockSetter();
            RecordingLog log = new RecordingLog();
            SntpClient client = Client(servers, clock, log);
            servers.DoesNotResolve("a.example");
            servers.Answers("c.example", SntpReply.Noon);
            client.Configure(true, new string[] { "a.example", "b.example", "c.example" });
            Assert.IsTrue(client.SyncOnce(), log.Text);
            Assert.IsTrue(client.IsSynchronised);
            Assert.AreEqual("a.example b.example c.example", servers.Asked());
            Assert.AreEqual(1, clock.TimesSet);
            // The server's time plus half the round trip.
            Assert.AreEqual(Noon.AddMilliseconds(TickStepMs / 2), clock.Last);
            Assert.IsTrue(log.Contains("sntp: a.example: System.InvalidOperationException: no such host"), log.Text);
            Assert.IsTrue(log.Contains("sntp: no reply from b.example within 3000 ms"), log.Text);
        }

        [TestMethod]
        public void TheNextRoundStartsWithTheServerThatAnsweredLast()
        {
            ScriptedSntpServers servers = new ScriptedSntpServers();
            SntpClient client = Client(servers, new RecordingClockSetter(), new RecordingLog());
            servers.Answers("b.example", SntpReply.Noon);
            client.Configure(true, new string[] { "a.example", "b.example" });
            Assert.IsTrue(client.SyncOnce());
            Assert.IsTrue(client.SyncOnce());
            Assert.AreEqual("a.example b.example b.example", servers.Asked());
        }

        [TestMethod]
        public void NoAnswerFromAnyServerIsNoSync()
        {
            ScriptedSntpServers servers = new ScriptedSntpServers();
            RecordingClockSetter clock = new RecordingClockSetter();
            SntpClient client = Client(servers, clock, new RecordingLog());
            client.Configure(true, new string[] { "a.example", "b.example" });
            Assert.IsFalse(client.SyncOnce());
            Assert.IsFalse(client.IsSynchronised);
            Assert.AreEqual(0, clock.TimesSet);
            Assert.AreEqual("a.example b.example", servers.Asked());
        }

        [TestMethod]
        public void WithoutServersTheDefaultsAreAsked()
        {
            ScriptedSntpServers servers = new ScriptedSntpServers();
            SntpClient client = Client(servers, new RecordingClockSetter(), new RecordingLog());
            client.Configure(true, new string[0]);
            client.SyncOnce();
            Assert.AreEqual("0.pool.ntp.org 1.pool.ntp.org 2.pool.ntp.org", servers.Asked());
        }

        [TestMethod]
        public void AtMostThreeServersAreAsked()
        {
            ScriptedSntpServers servers = new ScriptedSntpServers();
            SntpClient client = Client(servers, new RecordingClockSetter(), new RecordingLog());
            client.Configure(true, new string[] { "a", "b", "c", "d" });
            client.SyncOnce();
            Assert.AreEqual("a b c", servers.Asked());
        }

        [TestMethod]
        public void AReplyToAnotherRequestDoesNotSetTheClock()
        {
            ScriptedSntpServers servers = new ScriptedSntpServers();
            RecordingClockSetter clock = new RecordingClockSetter();
            RecordingLog log = new RecordingLog();
            SntpClient client = Client(servers, clock, log);
            servers.Answers("a.example", SntpReply.Noon);
            servers.WrongNonce = true;
            client.Configure(true, new string[] { "a.example" });
            Assert.IsFalse(client.SyncOnce());
            Assert.IsTrue(log.Contains("sntp: a.example: a reply to another request"), log.Text);
            Assert.AreEqual(0, clock.TimesSet);
        }

        [TestMethod]
        public void AClockThatRefusesTheTimeIsNoSync()
        {
            ScriptedSntpServers servers = new ScriptedSntpServers();
            RecordingClockSetter clock = new RecordingClockSetter();
            RecordingLog log = new RecordingLog();
            SntpClient client = Client(servers, clock, log);
            servers.Answers("a.example", SntpReply.Noon);
            clock.Refuse = true;
            client.Configure(true, new string[] { "a.example" });
            Assert.IsFalse(client.SyncOnce());
            Assert.IsTrue(log.Contains("sntp: the clock refused the time from a.example"), log.Text);
            Assert.IsFalse(client.IsSynchronised);
        }

        [TestMethod]
        public void DisablingForgetsTheSync()
        {
            ScriptedSntpServers servers = new ScriptedSntpServers();
            SntpClient client = Client(servers, new RecordingClockSetter(), new RecordingLog());
            servers.Answers("a.example", SntpReply.Noon);
            client.Configure(true, new string[] { "a.example" });
            Assert.IsTrue(client.SyncOnce());
            client.Configure(false, new string[0]);
            Assert.IsFalse(client.IsSynchronised);
            Assert.IsFalse(client.SyncOnce());
            Assert.AreEqual("a.example", servers.Asked());
        }

        [TestMethod]
        public void TheHostsListIsCopiedNotKept()
        {
            ScriptedSntpServers servers = new ScriptedSntpServers();
            SntpClient client = Client(servers, new RecordingClockSetter(), new RecordingLog());
            string[] names = new string[] { "a.example" };
            client.Configure(true, names);
            names[0] = "changed.example";
            client.SyncOnce();
            Assert.AreEqual("a.example", servers.Asked());
        }
    }
}
