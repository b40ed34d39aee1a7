using System.Text;

namespace EspAtNano.Tests;

/// <summary>
/// Publishing through a client that completes by callback (the twin's MQTTnet port): no worker
/// thread between the line and the network, and the engine's rules unchanged — busy until the
/// one final result, which is the same answer the blocking path gives.
/// </summary>
[TestClass]
public class CallbackPublishTests
{
    private const string Ok = "\r\nOK\r\n";
    private const string PubFailed = "ERR CODE:0x010a600c\r\n\r\nERROR\r\n";

    [TestMethod]
    public void APublishIsStartedOnTheInputThreadAndAnsweredBeforeTheInputReturnsWhenItCompletesAtOnce()
    {
        using var m = CallbackModule(out CallbackMqtt mqtt);
        m.Connect();
        m.Feed(Encoding.Latin1.GetBytes("AT+MQTTPUB=0,\"t\",\"d\",0,0\r\n"));
        Expect(Ok, m.Uart.Take());
        CollectionAssert.AreEqual(new[] { Environment.CurrentManagedThreadId }, mqtt.StartThreads);
    }

    [TestMethod]
    public void InputWhileACallbackPublishIsOutstandingIsAnsweredBusyUntilItsOneFinalResult()
    {
        using var m = CallbackModule(out CallbackMqtt mqtt);
        m.Connect();
        mqtt.Hold = true;
        m.Feed(Encoding.Latin1.GetBytes("AT+MQTTPUB=0,\"t\",\"d\",1,0\r\nAT\r\n"));
        Assert.IsTrue(mqtt.Started.Wait(10000), "the publish was not started");
        Expect("\r\nbusy p...\r\n", m.Uart.Take());
        mqtt.Complete(MqttRequestResult.Done);
        m.Idle();
        Expect(Ok, m.Uart.Take());
        Expect(Ok, m.Send("AT\r\n"));
    }

    [TestMethod]
    public void ACallbackPublishThatFailsAnswersAsTheBlockingPathDoesAndIsLogged()
    {
        using var m = CallbackModule(out CallbackMqtt mqtt);
        m.Connect();
        mqtt.Hold = true;
        m.Feed(Encoding.Latin1.GetBytes("AT+MQTTPUB=0,\"t\",\"d\",1,0\r\n"));
        Assert.IsTrue(mqtt.Started.Wait(10000), "the publish was not started");
        mqtt.Complete(MqttRequestResult.Failed(RequestOutcome.TimedOut, "no PUBACK"));
        m.Idle();
        Expect(PubFailed, m.Uart.Take());
        Assert.IsTrue(m.Log.Snapshot().Any(l => l.Contains("publish to t failed") && l.Contains("no PUBACK")), string.Join("\n", m.Log.Snapshot()));
    }

    [TestMethod]
    public void PubRawThroughACallbackClientPrintsMqttPubOkOrFailWithNothingAfter()
    {
        using var m = CallbackModule(out CallbackMqtt mqtt);
        m.Connect();
        Expect("\r\nOK\r\n\r\n>", m.Send("AT+MQTTPUBRAW=0,\"t\",2,1,0\r\n"));
        Expect("+MQTTPUB:OK\r\n", m.Send("ab"));
        m.Mqtt.PublishResult = false;
        Expect("\r\nOK\r\n\r\n>", m.Send("AT+MQTTPUBRAW=0,\"t\",2,1,0\r\n"));
        Expect("+MQTTPUB:FAIL\r\n", m.Send("ab"));
        Expect(Ok, m.Send("AT\r\n"));
    }

    /// <summary>A module whose MQTT client is the scripted one behind a callback publisher.</summary>
    private static Module CallbackModule(out CallbackMqtt mqtt)
    {
        CallbackMqtt? made = null;
        Module m = new Module(configurePorts: p => p.Mqtt = made = new CallbackMqtt((ScriptedMqtt)p.Mqtt));
        mqtt = made!;
        return m;
    }
}
