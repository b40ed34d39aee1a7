namespace EspAtNano.Tests.Support;

/// <summary>What the reference model predicts for one step of a session.</summary>
public sealed class Expectation
{
    /// <summary>
    /// What the module writes before the broker answers the step's command: echo, an immediate
    /// answer, the prompt, URCs held during raw data. A busy answer comes right after it.
    /// </summary>
    public string Written { get; set; } = "";

    /// <summary>What it writes once the broker has answered (a background command's answer and what follows it).</summary>
    public string AfterBroker { get; set; } = "";

    /// <summary>Set when only the final result is predicted, for answers with platform text (AT+GMR, AT+CWJAP?).</summary>
    public string? EndsWith { get; set; }

    /// <summary>The answer was the prompt: the raw block follows.</summary>
    public bool RawData { get; set; }

    /// <summary>The command waits on the broker in the background, so a line sent meanwhile is answered busy.</summary>
    public bool AsksBroker { get; set; }

    /// <summary>The broker receives a connect request now (its answer is the scripted outcome).</summary>
    public bool ConnectsBroker { get; set; }

    /// <summary>The link state after the step.</summary>
    public int State { get; set; }

    /// <summary>What the host sees as the outcome, for the statistics: OK, ERROR, prompt, +MQTTPUB:OK …</summary>
    public string Result { get; set; } = "";

    /// <summary>The payload the broker must receive, for a publish.</summary>
    public byte[]? Published { get; set; }

    /// <summary>Client ID, user name and password the connect request must carry.</summary>
    public byte[][]? Credentials { get; set; }

    public string Output(bool busy) => Written + (busy ? ReferenceModel.Busy : "") + AfterBroker;
}
