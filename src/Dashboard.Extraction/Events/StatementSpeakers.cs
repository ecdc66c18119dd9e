namespace Dashboard.Extraction.Events;

/// <summary>
/// One statement per speaker in an article: the key under which its statements merge. A person named among the speakers
/// is the speaker ("French President X" and later "X"); a state or organisation named beside a person speaker ("China
/// advocates…, Chinese Foreign Minister Wang Yi said") speaks through that person, so a later statement by the state
/// alone ("China holds that…, the top diplomat said") is the same speaker's.
/// </summary>
internal sealed class StatementSpeakers
{
    private const string Person = "person:";
    private readonly Dictionary<string, string> _personOf = new(StringComparer.Ordinal);

    /// <summary>The speaker key of a statement with these actors (at least one).</summary>
    internal string Key(IReadOnlyList<string> actors)
    {
        var person = actors.FirstOrDefault(a => a.StartsWith(Person, StringComparison.Ordinal));
        if (person is null)
        {
            return "statement|" + _personOf.GetValueOrDefault(actors[0], actors[0]);
        }

        foreach (var a in actors)
        {
            if (a.StartsWith("country:", StringComparison.Ordinal) || a.StartsWith("org:", StringComparison.Ordinal))
            {
                _personOf.TryAdd(a, person);
            }
        }

        return "statement|" + person;
    }
}
