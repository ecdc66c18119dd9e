namespace Dashboard.Extraction.Lexicons;

/// <summary>
/// What a word can start in the trigger lexicon (event-triggers.txt): a trigger of its own, a phrase of two or three
/// words, a phrase of four. The event rules look each word of a sentence up once, here; most words are none of these.
/// </summary>
/// <param name="PhraseStart">The first word of a phrase ("took" of "took to the streets").</param>
/// <param name="FourStart">The first word of a four-word phrase.</param>
/// <param name="Single">The trigger the word is on its own, if any.</param>
internal readonly record struct TriggerWord(bool PhraseStart, bool FourStart, (string Type, string Status)? Single);
