using System.Collections.Frozen;

namespace Dashboard.Extraction.Events;

/// <summary>
/// Whether a document is a sports report (sports-words.txt): there "a three-run blast", "the game-winning shot" and
/// "hard-fought battles" are play, and "seven players out with injuries" no casualties of violence.
/// </summary>
internal static class SportsReports
{
    /// <summary>How many different sport words a sports report uses at least.</summary>
    private const int DistinctWords = 3;

    /// <summary>How many sport words a sports report has at least in every thousand of its words.</summary>
    private const int PerThousand = 8;

    public const string Sport = "sport";

    public const string Play = "play";

    public static bool Is(string text, FrozenDictionary<string, string> words)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var (all, hits) = (0, 0);
        HashSet<string>? distinct = null;
        foreach (var (index, length) in new LatinWords(text))
        {
            all++;
            if (lookup.TryGetValue(text.AsSpan(index, length), out var kind) && kind == Sport)
            {
                hits++;
                (distinct ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(text.Substring(index, length));
            }
        }

        return distinct is { Count: >= DistinctWords } && hits * 1000 >= PerThousand * all;
    }

    /// <summary>Whether a trigger's words are play in a sports report ("shot", "blast", "injuries").</summary>
    public static bool IsPlay(ReadOnlySpan<char> trigger, FrozenDictionary<string, string> words) =>
        words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(trigger, out var kind) && kind == Play;
}
