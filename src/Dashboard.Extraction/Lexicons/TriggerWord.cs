using System.Collections.Frozen;

namespace Dashboard.Extraction.Lexicons;

/// <summary>
/// What a word can start in the trigger lexicon (event-triggers.txt): a trigger of its own, a phrase of two or three
/// words, a phrase of four. The event rules look each word of a sentence up once, here; most words are none of these.
/// </summary>
/// <param name="Seconds">
/// When the word is the first of a phrase ("took" of "took to the streets"), the second words of its phrases, as the
/// event rules' word scan finds them ("to"). A fifth of a text's words start a phrase ("the", "to", "in"); the next word
/// rules out most of them with a look-up in a set of a few words, instead of three in the whole lexicon.
/// </param>
/// <param name="FourStart">The first word of a four-word phrase.</param>
/// <param name="Single">The trigger the word is on its own, if any.</param>
internal readonly record struct TriggerWord(FrozenSet<string>? Seconds, bool FourStart, (string Type, string Status)? Single)
{
    /// <summary>Whether a phrase of the lexicon may start with this word followed by <paramref name="next"/>.</summary>
    public bool MayContinueWith(ReadOnlySpan<char> next) => Seconds is { } seconds && seconds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next);
}
