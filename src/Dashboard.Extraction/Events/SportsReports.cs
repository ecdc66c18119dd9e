using System.Collections.Frozen;

namespace Dashboard.Extraction.Events;

/// <summary>
/// Whether a document is a sports report (sports-words.txt): there "a three-run blast", "the game-winning shot" and
/// "hard-fought battles" are play, and "seven players out with injuries" no casualties of violence.
/// </summary>
internal static class SportsReports
{
    /// <summary>How many sport words a sports report has at least in every thousand of its words.</summary>
    private const int PerThousand = 8;

    public const string Sport = "sport";

    public const string Play = "play";

    /// <summary>Whether the text uses at least three different sport words, and enough of them (<see cref="PerThousand"/>).</summary>
    public static bool Is(string text, FrozenDictionary<string, string> words)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var (all, hits) = (0, 0);
        ReadOnlySpan<char> first = default, second = default, third = default; // the first three different sport words
        foreach (var (index, length) in new LatinWords(text))
        {
            all++;
            var word = text.AsSpan(index, length);
            if (lookup.TryGetValue(word, out var kind) && kind == Sport)
            {
                hits++;
                if (first.IsEmpty)
                {
                    first = word;
                }
                else if (second.IsEmpty && !word.Equals(first, StringComparison.OrdinalIgnoreCase))
                {
                    second = word;
                }
                else if (third.IsEmpty && !second.IsEmpty && !word.Equals(first, StringComparison.OrdinalIgnoreCase) && !word.Equals(second, StringComparison.OrdinalIgnoreCase))
                {
                    third = word;
                }
            }
        }

        return !third.IsEmpty && hits * 1000 >= PerThousand * all;
    }

    /// <summary>Whether a trigger's words are play in a sports report ("shot", "blast", "injuries").</summary>
    public static bool IsPlay(ReadOnlySpan<char> trigger, FrozenDictionary<string, string> words) =>
        words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(trigger, out var kind) && kind == Play;
}
