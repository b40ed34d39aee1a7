using EspAtNano.Engine.Commands;

namespace EspAtNano.Tests;

/// <summary>
/// Every command line gets exactly one final result: a handler that leaves none (the host
/// would wait forever) or two is answered ERROR, and the log names the command.
/// </summary>
[TestClass]
public sealed class FinalResultTests
{
    /// <summary>AT+FAULTY answers with <c>finals</c> OKs; AT+FAULTY=... hands on after <c>finals</c> OKs to a job that leaves <c>jobFinals</c>.</summary>
    private sealed class Faulty : AtCommand, IBackgroundJob
    {
        private readonly int _finals;
        private readonly int _jobFinals;

        public Faulty(int finals, int jobFinals = 1) : base("+FAULTY", CommandForms.Execute | CommandForms.Set)
        {
            _finals = finals;
            _jobFinals = jobFinals;
        }

        internal override void Execute(CommandContext context) => Oks(context.Response, _finals);

        internal override void Set(CommandContext context, ParameterList parameters)
        {
            Oks(context.Response, _finals);
            context.RunInBackground(this);
        }

        public void Run(Response response) => Oks(response, _jobFinals);

        private static void Oks(Response response, int count)
        {
            for (int i = 0; i < count; i++)
            {
                response.Ok();
            }
        }
    }

    [TestMethod]
    [DataRow(0)]
    [DataRow(2)]
    public void AHandlerWithoutExactlyOneFinalResultIsAnsweredErrorAndLogged(int finals)
    {
        using var m = new Module();
        m.Engine.Commands.Add(new Faulty(finals));
        Expect("\r\nERROR\r\n", m.Send("AT+FAULTY\r\n"));
        Assert.IsTrue(m.Log.Any("AT+FAULTY: the handler left " + finals + " final results; answered ERROR"),
            string.Join("; ", m.Log.Snapshot()));
        Expect("\r\nOK\r\n", m.Send("AT\r\n"));
    }

    [TestMethod]
    [DataRow(0)]
    [DataRow(2)]
    public void ABackgroundJobWithoutExactlyOneFinalResultIsAnsweredErrorAndLogged(int finals)
    {
        using var m = new Module();
        m.Engine.Commands.Add(new Faulty(0, finals));
        Expect("\r\nERROR\r\n", m.Send("AT+FAULTY=1\r\n"));
        Assert.IsTrue(m.Log.Any("AT+FAULTY: the background job left no single final result; answered ERROR"),
            string.Join("; ", m.Log.Snapshot()));
    }

    [TestMethod]
    public void AHandlerThatAnswersAndHandsOnIsAnsweredError()
    {
        using var m = new Module();
        m.Engine.Commands.Add(new Faulty(1));
        Expect("\r\nERROR\r\n", m.Send("AT+FAULTY=1\r\n"));
        Assert.IsTrue(m.Log.Any("AT+FAULTY: the handler left 1 final results and handed on; answered ERROR"),
            string.Join("; ", m.Log.Snapshot()));
    }
}
