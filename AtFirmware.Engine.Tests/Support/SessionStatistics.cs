namespace EspAtNano.Tests.Support;

/// <summary>What generated sessions did, so a run shows that it reached the paths it claims to test.</summary>
public sealed class SessionStatistics
{
    private readonly SortedDictionary<string, int[]> _lines = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _results = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _events = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _brokerCalls = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _transitions = new(StringComparer.Ordinal);
    private readonly int[] _stepsInState = new int[7];

    public int Sessions { get; private set; }
    public int Steps { get; private set; }
    public int Lines { get; private set; }
    public int ValidLines { get; private set; }
    public int RawWindows { get; private set; }
    public int BusyAnswers { get; private set; }

    public IEnumerable<int> StatesVisited => Enumerable.Range(0, 7).Where(s => _stepsInState[s] > 0);

    /// <summary>Commands that were answered with success at least once.</summary>
    public IEnumerable<string> CommandsThatSucceeded => _lines.Where(l => l.Value[1] > 0).Select(l => l.Key);

    public int BrokerCalls(string kind) => _brokerCalls.GetValueOrDefault(kind);

    public void Count(SessionStep step, Expectation e, int stateBefore)
    {
        Steps++;
        _stepsInState[e.State]++;
        if (stateBefore != e.State)
        {
            Add(_transitions, $"{stateBefore}→{e.State}");
        }
        if (!step.IsCommand)
        {
            Add(_events, step.Event.Kind.ToString());
            return;
        }
        Lines++;
        ValidLines += step.Line.IsValid ? 1 : 0;
        RawWindows += e.RawData ? 1 : 0;
        BusyAnswers += step.Broker.Hold && e.AsksBroker ? 1 : 0;
        Add(_results, e.Result);
        if (!_lines.TryGetValue(step.Line.Name, out int[]? counts))
        {
            _lines[step.Line.Name] = counts = new int[2];
        }
        counts[0]++;
        counts[1] += e.Result is "OK" or "prompt, OK" or "prompt, +MQTTPUB:OK" ? 1 : 0;
    }

    public void CountSession(IEnumerable<string> brokerCalls)
    {
        Sessions++;
        foreach (string call in brokerCalls)
        {
            Add(_brokerCalls, call.Split(' ')[0]);
        }
    }

    public string Report() => string.Join(Environment.NewLine,
        $"{Sessions} sessions, {Steps} steps: {Lines} command lines ({ValidLines} valid = {100.0 * ValidLines / Math.Max(1, Lines):F1} %), {Steps - Lines} outside events",
        "answers: " + Join(_results),
        "lines per command (total/succeeded): " + string.Join(", ", _lines.Select(l => $"{Module.Show(l.Key)} {l.Value[0]}/{l.Value[1]}")),
        "steps ending in state 0–6: " + string.Join(" ", _stepsInState),
        "state changes: " + Join(_transitions),
        $"raw-data windows: {RawWindows}, busy answers: {BusyAnswers}",
        "outside events: " + Join(_events),
        "MQTT port calls: " + Join(_brokerCalls));

    private static void Add(SortedDictionary<string, int> counts, string key) => counts[key] = counts.TryGetValue(key, out int n) ? n + 1 : 1;

    private static string Join(IDictionary<string, int> counts) => string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"));
}
