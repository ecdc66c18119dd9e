using System.Collections.Frozen;

namespace Dashboard.Extraction.Lexicons;

/// <summary>
/// Names of more than one token, as written, found by their first word: news outlets' names ("France 24", "Voice of
/// America") and organisations' names and aliases ("UN Mission in South Sudan", "Islamic State of Iraq and Syria"). A
/// place name inside one is part of the name (organisations.txt, news-agencies.txt), neither a place nor a state acting.
/// </summary>
internal sealed class MultiWordNames
{
    private readonly FrozenDictionary<string, (string Name, int Tokens)[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    public MultiWordNames(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var byFirst = new Dictionary<string, List<(string, int)>>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            var tokens = Recognise.Tokenizer.Tokenize(name, 0, name.Length);
            if (tokens.Count < 2)
            {
                continue;
            }

            var first = name[tokens[0].Start..tokens[0].End];
            if (!byFirst.TryGetValue(first, out var list))
            {
                byFirst[first] = list = [];
            }

            list.Add((name, tokens.Count));
            words.UnionWith(tokens.Select(t => name[t.Start..t.End]));
            LongestTokens = Math.Max(LongestTokens, tokens.Count);
        }

        _byFirstWord = byFirst.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _words = words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many tokens the longest name has.</summary>
    public int LongestTokens { get; }

    /// <summary>Whether the word is a token of any of the names (a name around a place is made only of such words).</summary>
    public bool HasWord(ReadOnlySpan<char> word) => _words.Contains(word);

    /// <summary>The names (and their token counts) that begin with <paramref name="word"/>; empty when none does.</summary>
    public ReadOnlySpan<(string Name, int Tokens)> StartingWith(ReadOnlySpan<char> word) =>
        _byFirstWord.TryGetValue(word, out var names) ? names : [];
}
