using System.Text;

namespace EspAtNano.Tests;

/// <summary>
/// Property-style checks over random input: whatever the bytes and however they are split,
/// the engine never throws, answers every complete command line with exactly one final
/// result, and its link state stays within 0–6. Seeds are fixed so a failure reproduces.
/// </summary>
[TestClass]
public sealed class PropertyTests
{
    private static readonly string[] Names =
    {
        "", "E0", "E1", "+GMR", "+SYSLOG", "+MQTTUSERCFG", "+MQTTCLIENTID", "+MQTTUSERNAME", "+MQTTPASSWORD",
        "+MQTTCONNCFG", "+MQTTALPN", "+MQTTSNI", "+MQTTCONN", "+MQTTPUB", "+MQTTSUB", "+MQTTUNSUB", "+MQTTCLEAN",
        "+NOPE", "+mqttconn", "X",
    };

    private static readonly string[] Tokens =
    {
        "0", "1", "2", "10", "-1", "0x1", "65535", "99999999999", "\"", "\"\"", "\"a/b\"", "\"t\"", "\"#\"", "\\", "\\,", "\\\"",
        ",", ",,", "\"host\"", "a", " ", "\r", "\n", "+", "=", "?", "\"x,y\"", "\xff", "\x01",
    };

    [TestMethod]
    public void RandomInputNeverThrowsAndEveryCompleteLineGetsExactlyOneFinalResult()
    {
        for (int seed = 1; seed <= 150; seed++)
        {
            var random = new Random(seed);
            using var m = new Module(echo: random.Next(2) == 0);
            var lines = new List<string>();
            int count = random.Next(1, 40);
            for (int i = 0; i < count; i++)
            {
                lines.Add(RandomLine(random));
            }
            byte[] input = Encoding.Latin1.GetBytes(string.Concat(lines));
            for (int p = 0; p < input.Length;)
            {
                int n = Math.Min(random.Next(1, 64), input.Length - p);
                m.Mqtt.ConnectResult = (ConnectOutcome)random.Next(4);
                m.Mqtt.PublishResult = random.Next(4) > 0;
                m.Mqtt.SubscribeGrant = random.Next(5) - 2;
                m.Feed(input[p..(p + n)]);
                if (random.Next(8) == 0)
                {
                    m.Mqtt.DropLink();
                }
                Assert.IsTrue(m.State is >= 0 and <= 6, $"seed {seed}: state {m.State}");
                if (random.Next(3) > 0)
                {
                    m.Idle();
                }
                p += n;
            }
            m.Idle();
            string output = m.Uart.All;
            int finals = Occurrences(output, "\r\nOK\r\n") + Occurrences(output, "\r\nERROR\r\n") + Occurrences(output, "\r\nbusy p...\r\n");
            Assert.AreEqual(lines.Count, finals, $"seed {seed}: {Show(string.Concat(lines))} gave {Show(output)}");
            lock (m.Log.Lines)
            {
                Assert.AreEqual(0, m.Log.Lines.Count(l => l.Contains("failed")), $"seed {seed}: {string.Join("; ", m.Log.Lines)}");
            }
        }
    }

    [TestMethod]
    public void RandomBytesIncludingNulAndOverlongRunsNeverThrowAndKeepTheStateInRange()
    {
        for (int seed = 1; seed <= 100; seed++)
        {
            var random = new Random(seed);
            using var m = new Module();
            byte[] noise = new byte[random.Next(1, 2000)];
            random.NextBytes(noise);
            for (int p = 0; p < noise.Length;)
            {
                int n = Math.Min(random.Next(1, 300), noise.Length - p);
                m.Feed(noise[p..(p + n)]);
                p += n;
            }
            m.Idle();
            Assert.IsTrue(m.State is >= 0 and <= 6);
            m.Uart.Take();
            Expect("\r\nOK\r\n", m.Send("\0AT\r\n"));
        }
    }

    private static string RandomLine(Random random)
    {
        var line = new StringBuilder();
        if (random.Next(10) > 0)
        {
            line.Append(random.Next(2) == 0 ? "AT" : "at").Append(Names[random.Next(Names.Length)]);
            int form = random.Next(5);
            line.Append(form switch { 0 => "", 1 => "?", 2 => "=?", _ => "=" });
        }
        int tokens = random.Next(0, random.Next(10) == 0 ? 120 : 12);
        for (int i = 0; i < tokens; i++)
        {
            line.Append(Tokens[random.Next(Tokens.Length)]);
        }
        string text = line.ToString();
        while (text.Contains("\r\n"))
        {
            text = text.Replace("\r\n", "\n");
        }
        if (text.EndsWith('\r'))
        {
            text += "x";
        }
        return text + "\r\n";
    }

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;
}
