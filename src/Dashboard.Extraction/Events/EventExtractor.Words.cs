using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>Trigger words: the lexicon's words and phrases found in a sentence, and the word-level tests the rules share.</summary>
public sealed partial class EventExtractor
{
    private void Triggers(string text, TextSpan sentence, List<(int Start, int Length)> words, List<(string Type, string Status, TextSpan Span)> found)
    {
        // Words are looked up as spans of the text: no string per word (this runs on every sentence of every article).
        var triggers = lexicons.Actors.Triggers.GetAlternateLookup<ReadOnlySpan<char>>();
        var roles = lexicons.Actors.TriggerWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var senses = lexicons.Actors.ObjectSenses.GetAlternateLookup<ReadOnlySpan<char>>();
        words.Clear();
        foreach (var m in new LatinWords(text.AsSpan(sentence.Start, sentence.Length)))
        {
            words.Add((sentence.Start + m.Index, m.Length));
        }

        found.Clear();
        for (var i = 0; i < words.Count; i++)
        {
            var (start, length) = words[i];
            var word = text.AsSpan(start, length);
            if (char.IsUpper(word[0]) && (i > 0 || word is "March"))
            {
                // a capitalised word inside a sentence is a name ("National Guard"), not a trigger; "March" is the month
                // wherever it stands ("March was another volatile month"; event-triggers.txt)
                continue;
            }

            if (!roles.TryGetValue(word, out var role))
            {
                continue; // most words start nothing
            }

            // A phrase of type none ("sought to", "food supplies") uses its words in another sense: skipped, no event.
            // Phrases run to four words ("took to the streets").
            var startsPhrase = i + 1 < words.Count && role.MayContinueWith(text.AsSpan(words[i + 1].Start, words[i + 1].Length));
            if (startsPhrase && i + 3 < words.Count && role.FourStart && SingleSpaced(text, words, i, 4)
                && triggers.TryGetValue(text.AsSpan(start, words[i + 3].Start + words[i + 3].Length - start), out var four))
            {
                AddUnlessNone(found, four, new TextSpan(start, words[i + 3].Start + words[i + 3].Length));
                i += 3;
                continue;
            }

            if (startsPhrase && i + 2 < words.Count && triggers.TryGetValue(Phrase(text, words, i, 3), out var three))
            {
                AddUnlessNone(found, (Sense(text, words, i, 3, three.Type), three.Status), new TextSpan(start, words[i + 2].Start + words[i + 2].Length));
                i += 2;
                continue;
            }

            if (startsPhrase)
            {
                var end = words[i + 1].Start + words[i + 1].Length;
                if (triggers.TryGetValue(Phrase(text, words, i, 2), out var phrase))
                {
                    AddUnlessNone(found, (Sense(text, words, i, 2, phrase.Type), phrase.Status), new TextSpan(start, end));
                    i++;
                    continue;
                }
            }

            if (role.Single is { } single)
            {
                // "captured video of", "struck a deal": the object gives the word another sense (trigger-object-senses.txt)
                var type = senses.TryGetValue(word, out var objects) ? ObjectSenses.Of(text, words, i, objects) ?? single.Type : single.Type;
                if (type != "none")
                {
                    found.Add((type, single.Status, TextSpan.FromLength(start, length)));
                }
            }
        }
    }

    /// <summary>
    /// The type a phrase trigger of <paramref name="count"/> words at <paramref name="i"/> takes from its object, as a
    /// single word does ("shot down rumours" is no attack; trigger-object-senses.txt), or its own type.
    /// </summary>
    private string Sense(string text, List<(int Start, int Length)> words, int i, int count, string type) =>
        type != "none" && lexicons.Actors.ObjectSenses.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Phrase(text, words, i, count), out var objects)
            ? ObjectSenses.Of(text, words, i + count - 1, objects) ?? type
            : type;

    /// <summary>How many words after a saying its clause's future modal may stand ("said on Thursday that Russia would").</summary>
    private const int ReportedFutureReach = 7;

    /// <summary>
    /// Whether the saying that opens the triggers reports what is to come: "will", "would" or "shall" within a few words
    /// after it, in its stretch of the sentence and before the happening it tells, if any ("Lavrov said on Thursday that
    /// Russia would retaliate", "the minister said troops will stay"; not "said police arrested two men and would
    /// question them"). Such a saying is an announcement, a warning or a promise (POLICY.md: a statement), whatever it
    /// mentions besides.
    /// </summary>
    private static bool ReportsFuture(string text, List<(int Start, int Length)> words, List<(string Type, string Status, TextSpan Span)> triggers)
    {
        var saying = triggers[0].Span;
        var happening = -1; // where the first happening after the saying is told
        for (var t = 1; t < triggers.Count && happening < 0; t++)
        {
            happening = triggers[t].Type is not "statement" && triggers[t].Span.Start >= saying.End ? triggers[t].Span.Start : -1;
        }

        var i = 0;
        while (i < words.Count && words[i].Start < saying.End)
        {
            i++;
        }

        for (var k = i; k < words.Count && k - i < ReportedFutureReach && (happening < 0 || words[k].Start < happening); k++)
        {
            var gapStart = k == i ? saying.End : words[k - 1].Start + words[k - 1].Length;
            if (text.AsSpan(gapStart, words[k].Start - gapStart).IndexOfAny(".;:!?") >= 0)
            {
                return false;
            }

            var word = text.AsSpan(words[k].Start, words[k].Length);
            if (word is "will" or "would" or "shall")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the saying is followed, within a few words, by the speaker's own "it/they/we will" or "would" ("said it
    /// would send", "said on Wednesday they would move"): a body committing itself, not an official announcing what others
    /// will do ("the minister said troops would be sent").
    /// </summary>
    private static bool PledgedBySpeaker(string text, List<(int Start, int Length)> words, TextSpan saying)
    {
        var i = words.FindIndex(w => w.Start >= saying.End);
        for (var k = i; k >= 1 && k < words.Count && k - i < ReportedFutureReach; k++)
        {
            var word = text.AsSpan(words[k].Start, words[k].Length);
            if (word is "will" or "would")
            {
                return text.AsSpan(words[k - 1].Start, words[k - 1].Length) is "it" or "they" or "we";
            }
        }

        return false;
    }

    /// <summary>Whether a stretch of text holds a negation cue ("no one", "not", "never"; non-happening-cues.txt).</summary>
    private bool Negated(ReadOnlySpan<char> stretch)
    {
        var cues = lexicons.Actors.NonHappeningCues.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var m in new LatinWords(stretch))
        {
            if (cues.TryGetValue(stretch.Slice(m.Index, m.Length), out var kind) && kind == "negation")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text just before <paramref name="at"/> (after spaces) is the word <paramref name="word"/>.</summary>
    private static bool EndsWithWord(string text, int floor, int at, string word)
    {
        var end = at;
        while (end > floor && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end - word.Length;
        return start >= floor && text.AsSpan(start, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
            && (start == floor || !char.IsLetter(text[start - 1]));
    }

    private static void AddUnlessNone(List<(string Type, string Status, TextSpan Span)> found, (string Type, string Status) trigger, TextSpan span)
    {
        if (trigger.Type != "none")
        {
            found.Add((trigger.Type, trigger.Status, span));
        }
    }

    /// <summary>Whether <paramref name="count"/> words from <paramref name="i"/> are separated by single spaces (a phrase as written).</summary>
    private static bool SingleSpaced(string text, List<(int Start, int Length)> words, int i, int count)
    {
        for (var k = i; k < i + count - 1; k++)
        {
            var end = words[k].Start + words[k].Length;
            if (words[k + 1].Start != end + 1 || text[end] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The phrase of <paramref name="count"/> words from word <paramref name="i"/>, with single spaces; empty where anything but white space stands between them.</summary>
    private static ReadOnlySpan<char> Phrase(string text, List<(int Start, int Length)> words, int i, int count)
    {
        var start = words[i].Start;
        var end = words[i + count - 1].Start + words[i + count - 1].Length;
        var single = true;
        for (var k = i; k < i + count - 1 && single; k++)
        {
            single = words[k + 1].Start == words[k].Start + words[k].Length + 1 && text[words[k].Start + words[k].Length] == ' ';
        }

        return single ? text.AsSpan(start, end - start) : Spaced(text, words, i, count) ? Joined(text, words, i, count) : [];
    }

    /// <summary>
    /// Whether only white space stands between the words ("displaced 5,000 people" is no phrase "displaced people"), or a
    /// quotation mark that closes a quoted word of the phrase ("said it was “deeply concerned” by the sentences").
    /// </summary>
    private static bool Spaced(string text, List<(int Start, int Length)> words, int i, int count)
    {
        for (var k = i; k < i + count - 1; k++)
        {
            var gap = words[k].Start + words[k].Length;
            var between = text.AsSpan(gap, words[k + 1].Start - gap);
            if (!between.IsWhiteSpace() && !(between.Length >= 2 && between[0] is '"' or '\u201D' && between[1..].IsWhiteSpace()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words joined by single spaces (in its own method: its lambda would otherwise allocate on every call of <see cref="Phrase"/>).</summary>
    private static string Joined(string text, List<(int Start, int Length)> words, int i, int count) =>
        string.Join(' ', Enumerable.Range(i, count).Select(k => text.Substring(words[k].Start, words[k].Length)));
}
