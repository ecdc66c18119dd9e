using System.Collections.Frozen;

namespace Dashboard.Extraction.Lexicons;

/// <summary>
/// What a word can start in the trigger lexicon (event-triggers.txt): a trigger of its own, a phrase of two or three
/// words, a phrase of four. The event rules look each word of a sentence up once, here; most words are none of these.
/// </summary>
internal readonly record struct TriggerWord
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? _seconds;

    /// <param name="seconds">
    /// When the word is the first of a phrase ("took" of "took to the streets"), the second words of its phrases ("to").
    /// A fifth of a text's words start some phrase ("the", "to", "in"): the next word rules out most of them with a
    /// look-up in a set of a few words, instead of up to three look-ups of the whole phrase in the whole lexicon.
    /// </param>
    /// <param name="fourStart">The first word of a four-word phrase.</param>
    /// <param name="single">The trigger the word is on its own, if any.</param>
    public TriggerWord(FrozenSet<string>? seconds, bool fourStart, (string Type, string Status)? single)
    {
        _seconds = seconds?.GetAlternateLookup<ReadOnlySpan<char>>();
        FourStart = fourStart;
        Single = single;
    }

    /// <summary>The first word of a four-word phrase.</summary>
    public bool FourStart { get; }

    /// <summary>The trigger the word is on its own, if any.</summary>
    public (string Type, string Status)? Single { get; }

    /// <summary>Whether a phrase of the lexicon may start with this word followed by <paramref name="next"/>.</summary>
    public bool MayContinueWith(ReadOnlySpan<char> next) => _seconds is { } seconds && seconds.Contains(next);
}
