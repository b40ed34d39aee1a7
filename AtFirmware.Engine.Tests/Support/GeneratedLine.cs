namespace EspAtNano.Tests.Support;

/// <summary>What a generated command line asks for; the reference model decides what it does.</summary>
public enum Verb
{
    /// <summary>A line that is no command (unknown, not AT, empty, a form the command lacks): its answer is Early.</summary>
    NoCommand,
    At, EchoOff, EchoOn, Version, Restart, SyslogQuery, SyslogSet,
    UserConfig, Credential, LongCredential, ConnConfig, Alpn, Sni, Conn, ConnQuery,
    Pub, PubRaw, Sub, SubQuery, Unsub, Clean,
    WifiMode, WifiModeQuery, JoinAp, JoinApQuery, QuitAp, SntpConfig, SntpTime,
}

/// <summary>
/// One command line of a generated session and its meaning as the generator wrote it: the
/// values of a valid line, or the one fault a spoilt line carries (docs/commands/mqtt.md checks the parameter
/// count and LinkID before the link state, the other parameters after it).
/// </summary>
public sealed class GeneratedLine
{
    public GeneratedLine(string name, Verb verb, string text)
    {
        Name = name;
        Verb = verb;
        Text = text;
    }

    /// <summary>"AT+MQTTPUB", for the statistics.</summary>
    public string Name { get; }

    public Verb Verb { get; }

    /// <summary>The bytes sent, Latin-1, with the CRLF.</summary>
    public string Text { get; set; }

    /// <summary>A fault found before the link state is looked at: wrong parameter count, bad LinkID, no command at all.</summary>
    public ExpectedError? Early { get; set; }

    /// <summary>A fault in a parameter after the LinkID, found once the state has accepted the command.</summary>
    public ExpectedError? Late { get; set; }

    public bool IsValid => Early == null && Late == null;

    /// <summary>The raw block sent after the prompt (LONG* and PUBRAW, never empty there); empty for every other line.</summary>
    public byte[] Raw { get; set; } = [];

    // The values of a valid line; each verb uses the few it needs.
    public int Scheme { get; set; }
    public string Path { get; set; } = "";
    public string Field { get; set; } = "";
    public byte[] ClientId { get; set; } = [];
    public byte[] Username { get; set; } = [];
    public byte[] Password { get; set; } = [];
    public byte[] Value { get; set; } = [];
    public string Host { get; set; } = "";
    public int Port { get; set; }
    public bool Reconnect { get; set; }
    public string Topic { get; set; } = "";
    public int Qos { get; set; }
    public byte[] Payload { get; set; } = [];
    public int Number { get; set; }
    public string Ssid { get; set; } = "";
    public string Key { get; set; } = "";

    public override string ToString()
    {
        string shown = Show(Text.Length > 120 ? Text[..100] + $"…({Text.Length} bytes)" : Text);
        if (Raw.Length > 0)
        {
            string raw = System.Text.Encoding.Latin1.GetString(Raw);
            shown += $" + raw[{Raw.Length}] {Show(raw.Length > 40 ? raw[..40] + "…" : raw)}";
        }
        return shown;
    }
}
