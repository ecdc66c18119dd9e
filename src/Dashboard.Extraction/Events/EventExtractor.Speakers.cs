using System.Buffers;
using Dashboard.Core.Events;
using Dashboard.Core.Places;
using Dashboard.Core.Text;
using Dashboard.Core.Time;

namespace Dashboard.Extraction.Events;

/// <summary>Who speaks: whether a saying has a specific, named speaker, and whether its subject names one.</summary>
public sealed partial class EventExtractor
{
    /// <summary>
    /// Whether a saying has a speaker a statement can be ascribed to: a person, an organisation or a state before the
    /// verb, or no actor named (a pronoun, "the president") with a verb that names a speech act (warn, deny, urge).
    /// </summary>
    private bool SpecificSpeaker(string text, TextSpan sentence, TextSpan trigger, List<(string Id, ActorKind Kind, TextSpan Span)> actors,
        List<ResolvedPlace> places, Dictionary<string, string> roles)
    {
        // ", sources said", ", officials say": the words just before the verb, back to a comma or a quotation mark, are its
        // subject; where they name no person, organisation or state but a group or a plain plural, the saying only
        // attributes ("the president said" keeps its speaker).
        var start = trigger.Start;
        while (start > sentence.Start && text[start - 1] is not (',' or ';' or ':' or '"' or '\u201C' or '\u201D' or '(' or '\u2014'))
        {
            start--;
        }

        var subject = text.AsSpan(start, trigger.Start - start).TrimEnd();
        if (IsReportingVerb(text, trigger) && NamesMedia(subject))
        {
            return false; // "state TV and Interfax reported that…": a news outlet's report attributes, it is no speech act
        }

        bool InSubject((string Id, ActorKind Kind, TextSpan Span) a) => a.Span.Start >= start && a.Span.End <= trigger.Start;
        if (start > sentence.Start && subject.Length > 0 && !actors.Exists(a => a.Kind is not ActorKind.Group && InSubject(a))
            && (actors.Exists(InSubject) || GenericPlural(subject)))
        {
            return false;
        }

        var any = false;
        foreach (var a in actors)
        {
            if (sentence.Contains(a.Span) && a.Span.End <= trigger.Start)
            {
                if (a.Kind is not ActorKind.Group && roles.GetValueOrDefault(a.Id) is not (Speakers.PrivateRole or Speakers.CommentatorRole))
                {
                    return true;
                }

                any = true; // a group, or a private person ("Rui Costa, 38, told reporters"): no public speech act
            }
        }

        if (!any && InvertedAfterQuotation(text, sentence, trigger, actors) is { } speaker)
        {
            // "“Prices will fall,” says Ana Lima": the speaker follows the verb that closes the quotation
            return speaker.Kind is not ActorKind.Group && roles.GetValueOrDefault(speaker.Id) is not (Speakers.PrivateRole or Speakers.CommentatorRole);
        }

        return !any && (!IsReportingVerb(text, trigger) || NamedSubject(text, sentence, trigger, places));
    }

    /// <summary>How far after a verb that closes a quotation its speaker may begin ("said Chief of Department Ana Lima").</summary>
    private const int InvertedReach = 40;

    /// <summary>
    /// The actor named right after a saying that closes a quotation (",” says Ana Lima", ",\" said the Foreign Minister
    /// Ana Lima"): the words between the closing mark and the verb are none, and none but a title stand between the verb and
    /// the name (no comma). Null where the verb does not follow a quotation or no actor follows it.
    /// </summary>
    private static (string Id, ActorKind Kind, TextSpan Span)? InvertedAfterQuotation(string text, TextSpan sentence, TextSpan trigger, List<(string Id, ActorKind Kind, TextSpan Span)> actors)
    {
        var before = text.AsSpan(sentence.Start, trigger.Start - sentence.Start).TrimEnd();
        if (!(before.EndsWith(",\u201D") || before.EndsWith(",\"")))
        {
            return null;
        }

        (string Id, ActorKind Kind, TextSpan Span)? nearest = null;
        foreach (var a in actors)
        {
            if (a.Span.Start >= trigger.End && a.Span.Start - trigger.End <= InvertedReach && sentence.Contains(a.Span)
                && text.AsSpan(trigger.End, a.Span.Start - trigger.End).IndexOfAny(",;:\u201C\"") < 0
                && (nearest is null || a.Span.Start < nearest.Value.Span.Start))
            {
                nearest = a;
            }
        }

        return nearest;
    }

    /// <summary>
    /// Whether a saying is addressed to investigators ("admitted to police that…", "told detectives";
    /// investigator-nouns.txt): a suspect's or a witness's account, not a public speech act.
    /// </summary>
    private bool ToInvestigators(string text, int end, int sentenceEnd)
    {
        var investigators = lexicons.Actors.InvestigatorNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        var at = end;
        for (var k = 0; k < 2; k++)
        {
            while (at < sentenceEnd && text[at] == ' ')
            {
                at++;
            }

            var start = at;
            while (at < sentenceEnd && char.IsLetter(text[at]))
            {
                at++;
            }

            var word = text.AsSpan(start, at - start);
            if (investigators.Contains(word))
            {
                return true;
            }

            if (word is not "to")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words just before a reporting verb are a name of two or more capitalised words that is no place and no
    /// news agency ("… candidate Ana Lima said"): a person the actor lexicons do not know is still a specific speaker.
    /// </summary>
    private bool NamedSubject(string text, TextSpan sentence, TextSpan trigger, List<ResolvedPlace> places)
    {
        var end = trigger.Start;
        var start = end;
        var names = 0;
        while (true)
        {
            var wordEnd = start;
            while (wordEnd > sentence.Start && text[wordEnd - 1] == ' ')
            {
                wordEnd--;
            }

            var wordStart = wordEnd;
            while (wordStart > sentence.Start && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-'))
            {
                wordStart--;
            }

            if (wordEnd - wordStart < 2 || !char.IsUpper(text[wordStart]) || !char.IsLower(text[wordEnd - 1])
                || text.AsSpan(wordStart, wordEnd - wordStart) is "The" or "A" or "An" or "His" or "Her" or "Its" or "Their")
            {
                break;
            }

            names++;
            start = wordStart;
        }

        if (names < 2)
        {
            return false;
        }

        var name = new TextSpan(start, trigger.Start);
        var agencies = lexicons.Actors.Agencies.GetAlternateLookup<ReadOnlySpan<char>>();
        return !places.Exists(p => p.Mention.Span.Start <= name.Start && name.End <= p.Mention.Span.End + 1)
            && !agencies.ContainsKey(text.AsSpan(start, trigger.Start - start).TrimEnd());
    }

    /// <summary>How many words before a speech verb are searched for a title or an organisation's head word.</summary>
    private const int SubjectWords = 5;

    /// <summary>
    /// Whether a person's title or an organisation's head word (person-titles.txt, organisation-heads.txt) stands among the
    /// words just before the verb in its clause: "the minister warned", "the ministry issued", "the Water Corporation is
    /// warning" have a specific speaker though no actor is named.
    /// </summary>
    private bool TitledSubject(string text, TextSpan sentence, TextSpan trigger)
    {
        var titles = lexicons.PersonTitles.GetAlternateLookup<ReadOnlySpan<char>>();
        var heads = lexicons.OrganisationHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        var at = trigger.Start;
        for (var words = 0; words < SubjectWords; words++)
        {
            var end = at;
            while (end > sentence.Start && text[end - 1] == ' ')
            {
                end--;
            }

            var start = end;
            while (start > sentence.Start && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (start == end)
            {
                return false; // punctuation: the clause begins here
            }

            var word = text.AsSpan(start, end - start);
            if (titles.Contains(word) || heads.ContainsKey(word))
            {
                return true;
            }

            at = start;
        }

        return false;
    }

    /// <summary>Whether a subject ends in a lower-case plural noun ("sources", "two witnesses"), not a name or a title.</summary>
    private static bool GenericPlural(ReadOnlySpan<char> subject)
    {
        var at = subject.Length;
        while (at > 0 && char.IsLetter(subject[at - 1]))
        {
            at--;
        }

        var last = subject[at..];
        return last.Length > 3 && char.IsLower(last[0]) && last[^1] == 's' && last[^2] != 's';
    }

    /// <summary>Whether a subject names a news outlet ("state TV", "the newspaper"; speaker-kinds.txt, media).</summary>
    private bool NamesMedia(ReadOnlySpan<char> subject)
    {
        var kinds = lexicons.Actors.SpeakerKinds.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (index, length) in new LatinWords(subject))
        {
            if (kinds.TryGetValue(subject.Slice(index, length), out var kind) && kind == "media")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a statement word is the noun that a reporting verb right after it has as subject ("the claim said", "the
    /// statement says", "a report stated"): the document quoted, not a speech act of its own.
    /// </summary>
    private bool SaidByDocument(string text, List<(int Start, int Length)> words, TextSpan trigger)
    {
        var i = WordAt(words, trigger.Start);
        var next = i + 1 < words.Count && i >= 0 ? words[i + 1] : default;
        return next.Length > 0 && words[i].Start + words[i].Length == trigger.End && char.IsLower(text[next.Start])
            && text.AsSpan(trigger.End, next.Start - trigger.End).IsWhiteSpace() && IsReportingVerb(text, TextSpan.FromLength(next.Start, next.Length));
    }

    /// <summary>
    /// Whether a saying is in the passive ("is described by the network as", "was told", "were warned", "had been reported";
    /// one adverb may stand between: "was widely reported"): what others say of the subject, or a report with nobody
    /// speaking, is no speech act of the subject's.
    /// </summary>
    private static bool PassiveSaying(string text, List<(int Start, int Length)> words, TextSpan trigger)
    {
        var verb = text.AsSpan(trigger.Start, trigger.Length);
        var i = WordAt(words, trigger.Start);
        if (i < 1 || !(verb.EndsWith("ed", StringComparison.Ordinal) || verb is "told" or "said" or "spoken"))
        {
            return false;
        }

        return AfterBe(text, words, i);
    }

    /// <summary>
    /// Whether the word at <paramref name="i"/> follows a form of "be", one adverb in -ly allowed between ("was told", "was
    /// widely reported", "was heavily fined"): a participle in the passive, which its subject undergoes.
    /// </summary>
    private static bool AfterBe(string text, List<(int Start, int Length)> words, int i)
    {
        if (i < 1)
        {
            return false;
        }

        bool Be(int k) => text.AsSpan(words[k].Start, words[k].Length) is "is" or "was" or "are" or "were" or "been" or "being" or "be";
        var before = text.AsSpan(words[i - 1].Start, words[i - 1].Length);
        return Be(i - 1) || i >= 2 && before.Length >= 4 && before.EndsWith("ly", StringComparison.Ordinal) && Be(i - 2);
    }

    /// <summary>
    /// Whether a statement word opens the sentence as a plural noun ("Claims involving Mr. Lima have settled", "Reports of
    /// shelling reached the capital"): the subject of the sentence, no speech act ("Says" opens a quotation's attribution).
    /// </summary>
    private static bool PluralNounOpening(string text, TextSpan sentence, TextSpan trigger) =>
        trigger.Start == FirstLetter(text, sentence) && char.IsUpper(text[trigger.Start]) && text[trigger.End - 1] == 's'
        && !text.AsSpan(trigger.Start, trigger.Length).Equals("Says", StringComparison.Ordinal);

    /// <summary>The index of the word that starts at <paramref name="start"/> in a sentence's words, or -1.</summary>
    private static int WordAt(List<(int Start, int Length)> words, int start)
    {
        var i = words.BinarySearch((start, int.MinValue));
        i = i < 0 ? ~i : i;
        return i < words.Count && words[i].Start == start ? i : -1;
    }

    /// <summary>Whether a date expression stands in the sentence.</summary>
    private static bool Dated(List<TimeExpression> dates, TextSpan sentence)
    {
        foreach (var d in dates)
        {
            if (sentence.Contains(d.Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a name is followed by a possessive "'s" ("Murdoch's Star").</summary>
    private static bool Possessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '\u2019' && text[end + 1] == 's' && (end + 2 == text.Length || !char.IsLetter(text[end + 2]));

    /// <summary>
    /// Whether a reporting verb says nothing in its own sentence: no quotation in it, at most a short subject before the
    /// verb and a few words of manner after it ("The Daily Beast reported.", "Lindenwald said in tears."). Such a tag
    /// attributes the sentence next to it; it is no speech act of its own (POLICY.md: attribution is no statement).
    /// </summary>
    private bool SayingWithoutContent(string text, TextSpan sentence, TextSpan trigger)
    {
        if (!IsReportingVerb(text, trigger) || text.AsSpan(sentence.Start, sentence.Length).IndexOfAny(QuotationMarks) >= 0)
        {
            return false;
        }

        var (before, after) = (0, 0);
        foreach (var (index, length) in new LatinWords(text.AsSpan(sentence.Start, sentence.Length)))
        {
            var start = sentence.Start + index;
            if (start + length <= trigger.Start)
            {
                before++;
            }
            else if (start >= trigger.End && (++after > ContentFreeTail || text.AsSpan(start, length) is "that" or "on" or "about"))
            {
                return false;
            }
        }

        return before <= ContentFreeSubject;
    }

    /// <summary>Whether the clause's subject refers back: a personal pronoun, or "more", "others" opening the sentence ("More were sent to Mali").</summary>
    private static bool ReferringSubject(string text, TextSpan sentence, TextSpan trigger) =>
        PersonalSubject(text, sentence, trigger) || text.AsSpan(sentence.Start, sentence.Length) is var s && (s.StartsWith("More ", StringComparison.Ordinal) || s.StartsWith("Others ", StringComparison.Ordinal));

    /// <summary>The text a referring subject may point into: the sentence and up to <see cref="RecentReach"/> characters before it.</summary>
    private static TextSpan Recent(TextSpan sentence, TextSpan trigger) => new(Math.Max(0, sentence.Start - RecentReach), trigger.End);

    /// <summary>How far back (in characters, some three sentences) forces a pronoun refers to are looked for.</summary>
    private const int RecentReach = 600;

    /// <summary>How many words a content-free saying's subject has at most ("The Daily Beast").</summary>
    private const int ContentFreeSubject = 4;

    /// <summary>How many words of manner may follow a content-free saying ("in tears", "in a statement").</summary>
    private const int ContentFreeTail = 3;

    private static readonly System.Buffers.SearchValues<char> QuotationMarks = System.Buffers.SearchValues.Create("\"\u201C\u201D\u2018\u2019");

    /// <summary>How far (in characters) an announcement reaches to the happening it names as its object.</summary>
    private const int AnnouncedObjectReach = 40;

    /// <summary>
    /// Whether an announcement names a happening as its object ("The EU announced 12 million euros in emergency aid", "he
    /// announced the launch of a centre"): the aid given or the launch is the event, and the announcement only tells it, as
    /// a reporting verb does. An announcement of a clause ("announced that troops would…") or of what is no happening ("announced
    /// his retirement") stays a statement.
    /// </summary>
    private static bool AnnouncesAHappening(string text, TextSpan saying, List<(string Type, string Status, TextSpan Span)> triggers)
    {
        // the verb only: "the announcement by the president of tariffs" is the speech act itself
        var verb = text.AsSpan(saying.Start, saying.Length);
        if (!(verb.Equals("announced", StringComparison.OrdinalIgnoreCase) || verb.Equals("announces", StringComparison.OrdinalIgnoreCase)
            || verb.Equals("announce", StringComparison.OrdinalIgnoreCase) || verb.Equals("announcing", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        foreach (var t in triggers)
        {
            if (t.Type == "statement" || t.Span.Start < saying.End)
            {
                continue;
            }

            var between = text.AsSpan(saying.End, t.Span.Start - saying.End);
            // a clause of its own between ("announced his retirement as rebels attacked") is no object
            return between.Length <= AnnouncedObjectReach && between.IndexOfAny(ObjectBreaks) < 0 && !between.ContainsAny(ClauseWords);
        }

        return false;
    }

    private static readonly SearchValues<char> ObjectBreaks = SearchValues.Create(",;:\"\u201C\u201D");

    /// <summary>Words that open a clause of their own between an announcement and a later trigger.</summary>
    private static readonly SearchValues<string> ClauseWords = SearchValues.Create(
        [" that ", " and ", " as ", " while ", " but ", " after ", " when ", " before ", " because "], StringComparison.OrdinalIgnoreCase);

    private bool IsReportingVerb(string text, TextSpan trigger) =>
        lexicons.Actors.ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(trigger.Start, trigger.Length));
}
