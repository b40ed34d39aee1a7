using System.Text;

namespace EspAtNano.Tests;

/// <summary>
/// The UART trace (the twin's --verbose) logs every line in and out, but no secret ever
/// reaches a log: passwords are masked, and the echo (which repeats them) is not traced.
/// </summary>
[TestClass]
public sealed class UartTraceTests
{
    private static string AllLogs(Module m) => string.Join("\n", m.Trace.Snapshot().Concat(m.Log.Snapshot()));

    [TestMethod]
    public void PasswordsNeverReachTheLogs()
    {
        using var m = new Module(echo: true);
        m.Send("AT+MQTTUSERCFG=0,1,\"dev\",\"user\",\"s3cr3t-A\",0,0,\"\"\r\n");
        m.Send("AT+MQTTPASSWORD=0,\"s3cr3t-B\"\r\n");
        m.Send("AT+MQTTLONGPASSWORD=0,8\r\n");
        m.Send("s3cr3t-C");
        m.Send("AT+CWJAP=\"home\",\"s3cr3t-D\"\r\n");
        string logs = AllLogs(m);
        foreach (string secret in new[] { "s3cr3t-A", "s3cr3t-B", "s3cr3t-C", "s3cr3t-D" })
        {
            Assert.IsFalse(logs.Contains(secret), secret + " is in the log:\n" + logs);
        }
        Assert.IsTrue(m.Uart.All.Contains("s3cr3t-A"), "the echo itself still carries the line");
    }

    [TestMethod]
    public void TheTraceShowsEveryLineWithSecretFieldsMasked()
    {
        using var m = new Module(echo: true);
        m.Send("AT+MQTTUSERCFG=0,1,\"dev\",\"user\",\"pw\\,x\",0,0,\"\"\r\n");
        m.Send("AT+MQTTLONGPASSWORD=0,3\r\n");
        m.Send("abc");
        CollectionAssert.AreEqual(new[]
        {
            "uart < AT+MQTTUSERCFG=0,1,\"dev\",\"user\",***,0,0,\"\"",
            "uart > \\r\\n",
            "uart > OK\\r\\n",
            "uart < AT+MQTTLONGPASSWORD=0,3",
            "uart > \\r\\n",
            "uart > OK\\r\\n",
            "uart > \\r\\n",
            "uart > >",
            "uart < *** (3 raw bytes)",
            "uart > \\r\\n",
            "uart > OK\\r\\n",
        }, m.Trace.Snapshot());
    }

    [TestMethod]
    public void RawDataThatIsNoSecretIsTracedEscaped()
    {
        using var m = new Module();
        m.Connect();
        m.Trace.Lines.Clear();
        m.Send("AT+MQTTPUBRAW=0,\"t\",3,0,0\r\n");
        m.Send("a\r\x01");
        CollectionAssert.Contains(m.Trace.Snapshot(), "uart < a\\r\\x01");
    }

    [TestMethod]
    public void WithoutATracePortNothingIsTraced()
    {
        using var m = new Module(configurePorts: p => p.Trace = null);
        Expect("\r\nOK\r\n", m.Send("AT\r\n"));
        Assert.AreEqual(0, m.Trace.Snapshot().Length);
    }
}
