using BindingFlags = System.Reflection.BindingFlags;
using MethodInfo = System.Reflection.MethodInfo;
using EspAtNano.Engine.Commands;

namespace EspAtNano.Tests;

/// <summary>docs/commands/basic.md#atcmd: AT+CMD? lists every command of the running module with the forms it answers.</summary>
[TestClass]
public sealed class CommandListTests
{
    private const string Ok = "\r\nOK\r\n";

    /// <summary>Overrides the query but declares only execute: the undeclared form must never run.</summary>
    private sealed class Undeclared : AtCommand
    {
        public bool Queried;

        public Undeclared() : base("+UNDECLARED", CommandForms.Execute)
        {
        }

        internal override void Execute(CommandContext context) => context.Response.Ok();

        internal override void Query(CommandContext context)
        {
            Queried = true;
            context.Response.Ok();
        }
    }

    private sealed class TestOnly : AtCommand
    {
        public TestOnly() : base("+TESTONLY", CommandForms.Test)
        {
        }

        internal override void Test(CommandContext context) => context.Response.Ok();
    }

    [TestMethod]
    public void CmdListsEveryCommandInRegistrationOrderWithItsForms()
    {
        using var m = new Module();
        Expect(
            "+CMD:0,\"AT\",0,0,0,1\r\n" +
            "+CMD:1,\"ATE0\",0,0,0,1\r\n" +
            "+CMD:2,\"ATE1\",0,0,0,1\r\n" +
            "+CMD:3,\"AT+GMR\",0,0,0,1\r\n" +
            "+CMD:4,\"AT+CMD\",0,1,0,0\r\n" +
            "+CMD:5,\"AT+RST\",0,0,0,1\r\n" +
            "+CMD:6,\"AT+SYSLOG\",0,1,1,0\r\n" +
            "+CMD:7,\"AT+SYSMSG\",0,1,1,0\r\n" +
            "+CMD:8,\"AT+SYSSTORE\",0,1,1,0\r\n" +
            "+CMD:9,\"AT+MQTTUSERCFG\",0,0,1,0\r\n" +
            "+CMD:10,\"AT+MQTTCLIENTID\",0,0,1,0\r\n" +
            "+CMD:11,\"AT+MQTTUSERNAME\",0,0,1,0\r\n" +
            "+CMD:12,\"AT+MQTTPASSWORD\",0,0,1,0\r\n" +
            "+CMD:13,\"AT+MQTTLONGCLIENTID\",0,0,1,0\r\n" +
            "+CMD:14,\"AT+MQTTLONGUSERNAME\",0,0,1,0\r\n" +
            "+CMD:15,\"AT+MQTTLONGPASSWORD\",0,0,1,0\r\n" +
            "+CMD:16,\"AT+MQTTCONNCFG\",0,0,1,0\r\n" +
            "+CMD:17,\"AT+MQTTALPN\",0,0,1,0\r\n" +
            "+CMD:18,\"AT+MQTTSNI\",0,0,1,0\r\n" +
            "+CMD:19,\"AT+MQTTCONN\",0,1,1,0\r\n" +
            "+CMD:20,\"AT+MQTTPUB\",0,0,1,0\r\n" +
            "+CMD:21,\"AT+MQTTPUBRAW\",0,0,1,0\r\n" +
            "+CMD:22,\"AT+MQTTSUB\",0,1,1,0\r\n" +
            "+CMD:23,\"AT+MQTTUNSUB\",0,0,1,0\r\n" +
            "+CMD:24,\"AT+MQTTCLEAN\",0,0,1,0\r\n" +
            "+CMD:25,\"AT+CWMODE\",0,1,1,0\r\n" +
            "+CMD:26,\"AT+CWJAP\",0,1,1,1\r\n" +
            "+CMD:27,\"AT+CWQAP\",0,0,0,1\r\n" +
            "+CMD:28,\"AT+CWLAP\",0,0,1,1\r\n" +
            "+CMD:29,\"AT+CWLAPOPT\",0,0,1,0\r\n" +
            "+CMD:30,\"AT+CWINIT\",0,1,1,0\r\n" +
            "+CMD:31,\"AT+CWSTATE\",0,1,0,0\r\n" +
            "+CMD:32,\"AT+CWAUTOCONN\",0,1,1,0\r\n" +
            "+CMD:33,\"AT+CWRECONNCFG\",0,1,1,0\r\n" +
            "+CMD:34,\"AT+CWCOUNTRY\",0,1,1,0\r\n" +
            "+CMD:35,\"AT+CWHOSTNAME\",0,1,1,0\r\n" +
            "+CMD:36,\"AT+CWDHCP\",0,1,1,0\r\n" +
            "+CMD:37,\"AT+CIPSTA\",0,1,1,0\r\n" +
            "+CMD:38,\"AT+CIPSTAMAC\",0,1,0,0\r\n" +
            "+CMD:39,\"AT+CIFSR\",0,0,0,1\r\n" +
            "+CMD:40,\"AT+CIPSTATUS\",0,0,0,1\r\n" +
            "+CMD:41,\"AT+CIPDNS\",0,1,1,0\r\n" +
            "+CMD:42,\"AT+CIPDOMAIN\",0,0,1,0\r\n" +
            "+CMD:43,\"AT+CIPSNTPCFG\",0,1,1,0\r\n" +
            "+CMD:44,\"AT+CIPSNTPINTV\",0,1,1,0\r\n" +
            "+CMD:45,\"AT+CIPSNTPTIME\",0,1,0,0\r\n" +
            "+CMD:46,\"AT+CIPMUX\",0,1,1,0\r\n" +
            "+CMD:47,\"AT+CIPDINFO\",0,1,1,0\r\n" +
            "+CMD:48,\"AT+CIPRECVTYPE\",0,1,1,0\r\n" +
            "+CMD:49,\"AT+CIPRECVMODE\",0,1,1,0\r\n" +
            "+CMD:50,\"AT+CIPSTATE\",0,1,0,0\r\n" +
            "+CMD:51,\"AT+RESTORE\",0,0,0,1\r\n" +
            "+CMD:52,\"AT+UART_CUR\",0,1,1,0\r\n" +
            "+CMD:53,\"AT+UART_DEF\",0,1,1,0\r\n" +
            "+CMD:54,\"AT+SYSRAM\",0,1,0,0\r\n" +
            "+CMD:55,\"AT+SLEEP\",0,1,1,0\r\n" +
            "+CMD:56,\"AT+SYSTIMESTAMP\",0,1,1,0\r\n" +
            "+CMD:57,\"AT+SYSMFG\",0,1,1,0\r\n" + Ok,
            m.Send("AT+CMD?\r\n"));
    }

    [TestMethod]
    public void ACommandAddedToTheTableIsListedWithItsForms()
    {
        using var m = new Module();
        m.Engine.Commands.Add(new TestOnly());
        string listing = m.Send("AT+CMD?\r\n");
        StringAssert.EndsWith(listing, "+CMD:58,\"AT+TESTONLY\",1,0,0,0\r\n" + Ok);
    }

    [TestMethod]
    public void AFormACommandDoesNotDeclareAnswersPlainErrorWithoutRunning()
    {
        using var m = new Module();
        var command = new Undeclared();
        m.Engine.Commands.Add(command);
        Expect("\r\nERROR\r\n", m.Send("AT+UNDECLARED?\r\n"));
        Assert.IsFalse(command.Queried);
        Expect(Ok, m.Send("AT+UNDECLARED\r\n"));
    }

    [TestMethod]
    public void CmdHasOnlyTheQueryForm()
    {
        using var m = new Module();
        Expect("\r\nERROR\r\n\r\nERROR\r\n\r\nERROR\r\n", m.Send("AT+CMD\r\nAT+CMD=?\r\nAT+CMD=1\r\n"));
    }

    /// <summary>
    /// The forms a command declares are exactly the form methods it overrides: a declared form
    /// without a handler would be listed yet answer ERROR, an undeclared handler would never run.
    /// </summary>
    [TestMethod]
    public void EveryRegisteredCommandDeclaresExactlyTheFormsItOverrides()
    {
        using var m = new Module();
        CommandTable table = m.Engine.Commands;
        (string Method, int Form)[] forms =
        [
            ("Test", CommandForms.Test), ("Query", CommandForms.Query), ("Set", CommandForms.Set), ("Execute", CommandForms.Execute),
        ];
        var wrong = new List<string>();
        for (int i = 0; i < table.Count; i++)
        {
            AtCommand command = table.At(i);
            foreach (var (method, form) in forms)
            {
                MethodInfo handler = command.GetType().GetMethod(method, BindingFlags.Instance | BindingFlags.NonPublic)!;
                bool overridden = handler.DeclaringType != typeof(AtCommand);
                if (overridden != command.Supports(form))
                {
                    wrong.Add($"{command.DisplayName} {method}: overridden {overridden}, declared {command.Supports(form)}");
                }
            }
        }
        Assert.AreEqual(0, wrong.Count, string.Join("\n", wrong));
        Assert.IsTrue(table.Count > 30, "the check saw the module's commands");
    }
}
