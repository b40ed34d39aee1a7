namespace EspAtNano.Tests.Support;

/// <summary>
/// An ERROR the module must answer: the codes of its ERR CODE lines (printed while AT+SYSLOG is 1,
/// docs/framing.md), none for a plain ERROR.
/// </summary>
public sealed class ExpectedError
{
    private readonly int[] _codes;

    private ExpectedError(params int[] codes) => _codes = codes;

    public static readonly ExpectedError Plain = new();

    /// <summary>A code of the MQTT table, printed 0x010a0000 | code.</summary>
    public static ExpectedError Mqtt(int code) => new(0x010a0000 | code);

    /// <summary>An MQTT parameter that cannot be parsed: the parser's code for it, then the command's "read failed" code.</summary>
    public static ExpectedError Unparsable(int index, int readFailed) => new(0x01080000 | index, 0x010a0000 | readFailed);

    /// <summary>One code of the AT core (0x0103…, 0x0106…, 0x0107000N, 0x0108000N, 0x0109…).</summary>
    public static ExpectedError Core(int code) => new(code);

    public string Render(bool syslog) =>
        (syslog ? string.Concat(_codes.Select(c => $"ERR CODE:0x{c:x8}\r\n")) : "") + "\r\nERROR\r\n";

    public override string ToString() => _codes.Length == 0 ? "plain ERROR" : string.Join("+", _codes.Select(c => $"0x{c:x8}"));
}
