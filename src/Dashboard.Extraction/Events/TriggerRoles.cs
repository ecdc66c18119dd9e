using System.Buffers;
using System.Text.RegularExpressions;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>
/// Triggers that fill a role inside another trigger's phrase and tell no happening of their own: the offence a charge
/// names ("charged with murder in the stabbing death of…" is the charge, not a killing told here), and what a request or
/// an offer asks for or offers ("a request to meet", "asked Oslo to send troops", "offered to mediate": the meeting and
/// the sending have not happened).
/// </summary>
internal static partial class TriggerRoles
{
    /// <summary>How far (in characters) a request or an offer reaches to the infinitive it governs.</summary>
    private const int ComplementReach = 80;

    /// <summary>Removes the triggers that only name an offence or the object of a request or an offer.</summary>
    public static void RemoveDependents(string text, TextSpan sentence, List<(string Type, string Status, TextSpan Span)> triggers)
    {
        if (triggers.Count == 0)
        {
            return;
        }

        var words = text.AsSpan(sentence.Start, sentence.Length);
        if (words.ContainsAny(ChargeWords))
        {
            foreach (var charge in Charge().EnumerateMatches(words))
            {
                var from = sentence.Start + charge.Index + charge.Length;
                var until = OffenceEnd(text, from, sentence.End);
                // "is accused of stabbing": in the passive the accusation is the charge, not one actor criticising another
                var at = sentence.Start + charge.Index;
                // (an active "accused X of", "blamed X for" is the criticism itself)
                var active = text.AsSpan(at).StartsWith("accus", StringComparison.OrdinalIgnoreCase) || text.AsSpan(at).StartsWith("blam", StringComparison.OrdinalIgnoreCase);
                triggers.RemoveAll(t => t.Type is not "arrest" && (t.Span.Start >= from && t.Span.Start < until
                    || !active && t.Type == "criticise" && t.Span.Start >= at && t.Span.End <= from));
            }
        }

        triggers.RemoveAll(t => t.Type is "deploy" or "transport" && Attacked(text, t.Span, triggers)
            || t.Type == "offer_support" && Withheld(text, t.Span, triggers)
            || t.Type is not ("statement" or "criticise") && Demanded(text, sentence.Start, t.Span.Start)
            || t.Type == "meeting" && AgreesToAct(text, t.Span, triggers)
            || IsComplement(text, sentence, t, triggers)
            || t.Type != "statement" && Threatened(text, t.Span, triggers) && !(t.Type == "violence" && PersonObject(text, t.Span.End, sentence.End))
            || t.Type == "violence" && Ended(text, sentence.Start, t.Span.Start)
            || t.Type == "violence" && RaidOfAnArrest(text, sentence.Start, t.Span, triggers)
            || t.Type is "violence" or "protest" && DoneByDisaster(text, t.Span, triggers)
            || t.Type != "statement" && SinceAnchor(text, sentence.Start, t.Span.Start)
            || t.Type == "meeting" && AttendsAnOccasion(text, t.Span, triggers)
            || t.Type == "offer_support" && ThanksFor(text, sentence.Start, t.Span.Start)
            || t.Type is "withdraw" or "deploy" or "offer_support" or "request_support" && IdleInfinitive(text, sentence.Start, t.Span.Start)
            || t.Type == "withdraw" && OwnBelonging(text, t.Span.End, sentence.End));
    }

    /// <summary>
    /// Whether a movement is an infinitive that no decision, order or start governs: "a week to leave the country", "in his
    /// haste to withdraw", "a campaign to invade the enclave" tell a deadline, a wish or an aim, not a withdrawal or a
    /// deployment ("decided to withdraw", "began to pull out", "were forced to leave", "the decision to send troops" do); a
    /// flight's purpose ("flights to transport citizens") still tells who is carried. Support given or asked for as an aim is
    /// no support either ("turned out to support the mayor", "should use the tax to support farmers", "is right to ask for").
    /// </summary>
    private static bool IdleInfinitive(string text, int floor, int at)
    {
        var to = AfterTo(text, floor, at) ? text.AsSpan(floor, at - floor).TrimEnd().Length + floor - 2 : CoordinatedTo(text, floor, at);
        if (to < 0)
        {
            return false;
        }

        var (start, end) = PrecedingWord.Of(text, floor, to);
        return end > start && !Governors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, end - start));
    }

    /// <summary>How far (in characters) an attending reaches to the occasion attended.</summary>
    private const int OccasionReach = 40;

    /// <summary>
    /// Whether the meeting word is an attending of an occasion typed other beside it ("attended the inauguration", "a
    /// ceremony was held, attended by the Pope"): taking part in the ceremony, not talks between the guests; or a taking
    /// part in the happening the next trigger tells ("5,600 soldiers were taking part in the drills", "took part in
    /// protests": the drills and the protests, no talks).
    /// </summary>
    private static bool AttendsAnOccasion(string text, TextSpan trigger, List<(string Type, string Status, TextSpan Span)> triggers) =>
        text.AsSpan(trigger.Start, trigger.Length).StartsWith("attend", StringComparison.OrdinalIgnoreCase)
        && triggers.Exists(o => o.Type == "other"
            && (o.Span.Start >= trigger.End && o.Span.Start - trigger.End <= OccasionReach
                || o.Span.End <= trigger.Start && trigger.Start - o.Span.End <= OccasionReach))
        || TakesPart(text.AsSpan(trigger.Start, trigger.Length))
        && triggers.Exists(o => o.Type is not ("meeting" or "statement") && o.Span.Start >= trigger.End && o.Span.Start - trigger.End <= OccasionReach
            && text.AsSpan(trigger.End, o.Span.Start - trigger.End).IndexOfAny(',', ';', '.') < 0);

    /// <summary>"took part", "taking part", "participated": taking part in what the trigger after it tells ("took part in the drills", "in protests").</summary>
    private static bool TakesPart(ReadOnlySpan<char> form) =>
        form.EndsWith(" part", StringComparison.OrdinalIgnoreCase) || form.StartsWith("particip", StringComparison.OrdinalIgnoreCase);

    /// <summary>How far (in characters) before a support word a thanking is looked for.</summary>
    private const int ThanksReach = 100;

    /// <summary>
    /// Whether the support word is what somebody is thanked for ("thanked the elders for their full support", "praised
    /// Chad for its help"): gratitude for backing given before, not an offer or a provision told here.
    /// </summary>
    private static bool ThanksFor(string text, int floor, int at) => EndsWith(GratitudeBefore(), text, floor, at, ThanksReach);

    /// <summary>Whether the text before <paramref name="at"/> (at most <paramref name="reach"/> characters, not before <paramref name="floor"/>) ends in a match.</summary>
    private static bool EndsWith(Regex pattern, string text, int floor, int at, int reach)
    {
        var from = Math.Max(floor, at - reach);
        return pattern.IsMatch(text.AsSpan(from, at - from));
    }

    [GeneratedRegex(@"\b(?:thank|thanks|thanked|thanking|acknowledged|acknowledges|praised|praises|appreciated|appreciates|grateful)\b[^,.;:]*\bfor\s+(?:(?:their|his|her|its|the|your|our)\s+)?(?:[a-z]+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex GratitudeBefore();

    /// <summary>Whether a possessive follows the verb ("withdrawing her pension", "left his car"): somebody's belongings, not forces.</summary>
    private static bool OwnBelonging(string text, int end, int sentenceEnd)
    {
        var (start, stop) = WordAfter(text, end, sentenceEnd);
        return text.AsSpan(start, stop - start) is "her" or "his" or "my" or "your";
    }

    /// <summary>The words before "to" that make the leaving a decision, an order, a start or a plan.</summary>
    private static readonly HashSet<string> Governors = new(StringComparer.OrdinalIgnoreCase)
    {
        "decided", "decide", "decides", "agreed", "agree", "agrees", "began", "begin", "begins", "started", "start", "starts",
        "ordered", "orders", "forced", "told", "voted", "continued", "continue", "continues", "going", "set", "plans", "planned",
        "planning", "plan", "intends", "intend", "intended", "expected", "is", "are", "was", "were", "be", "ready", "prepared",
        "preparing", "had", "has", "have", "moved", "promised", "pledged", "vowed", "announced", "chose", "opted", "order",
        "due", "about", "decision", "move", "scheduled", "rushed", "hurried", "raced",
    };

    /// <summary>
    /// Removes the triggers that name, inside another happening's phrase, a happening already told: a definite noun after a
    /// preposition ("wounded in the blast", "blamed the government for the attack", "the duration of their deployment",
    /// "outcomes gained during the minister's visit") where another kind of happening or saying stands before it in the
    /// sentence and the document has told a happening of that kind before. A first report ("killed in an attack", or
    /// the attack not told before) stays an event.
    /// </summary>
    /// <returns>Whether a demonstrative reference was removed: the sentence then retells a happening, and a saying in it
    /// attributes rather than being a statement of its own ("'… and get these arrests,' the owner said").</returns>
    public static bool RemoveReferences(string text, TextSpan sentence, List<(string Type, string Status, TextSpan Span)> triggers, Func<string, bool> toldBefore)
    {
        if (triggers.Count == 0)
        {
            return false;
        }

        // "continuing this fight", "these attacks were…": a demonstrative points back at a happening already told, wherever
        // the noun stands ("those expelled" are people: a participle is left alone).
        var pointed = triggers.RemoveAll(t => t.Type is not "statement" && toldBefore(t.Type) && Demonstrative(text, sentence.Start, t.Span.Start)
            && !text.AsSpan(t.Span.Start, t.Span.Length).EndsWith("ed", StringComparison.Ordinal)
            && !NamesParticipants(text, t.Span.End, sentence.End)) > 0;
        // "The dead soldier's commanding officer said…", "the injured officers were taken to hospital": harm told before,
        // named by "the" right before the casualty word, describes the people it befell; so do "those detained", "the
        // arrested men" of an arrest told before ("called for the release of all those detained").
        triggers.RemoveAll(t => t.Type is "casualties" or "arrest" && toldBefore(t.Type) && PrecedingWord.Of(text, sentence.Start, t.Span.Start) is var (start, end)
            && (t.Type == "casualties" ? NamesTheHarmed(text, sentence.Start, start, end, text.AsSpan(t.Span.Start, t.Span.Length).EndsWith("ing", StringComparison.Ordinal))
                : text.AsSpan(t.Span.Start, t.Span.Length).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && text.AsSpan(start, end - start) is "the" or "those" or "The" or "Those"));
        if (triggers.Count < 2)
        {
            return pointed;
        }

        triggers.RemoveAll(t => t.Type is not "statement" && toldBefore(t.Type)
            && triggers.Exists(o => o.Type != t.Type && o.Span.End <= t.Span.Start)
            && DefiniteAfterPreposition(text, sentence.Start, t.Span.Start)
            && !NamesParticipants(text, t.Span.End, sentence.End));
        return pointed;
    }

    /// <summary>
    /// Whether the casualty word, after the word at [<paramref name="start"/>, <paramref name="end"/>), names people harmed in
    /// a harm told before: "the dead", "the seriously wounded", "dozens of injured", "the family of each person killed" (a
    /// gerund after "of" is the harm itself: "accused the army of killing 32 civilians").
    /// </summary>
    private static bool NamesTheHarmed(string text, int floor, int start, int end, bool gerund)
    {
        var word = text.AsSpan(start, end - start);
        if (word.Length > 2 && word.EndsWith("ly", StringComparison.Ordinal))
        {
            (start, end) = PrecedingWord.Of(text, floor, start);
            word = text.AsSpan(start, end - start);
        }

        if (word.Equals("the", StringComparison.OrdinalIgnoreCase) || word is "of" && !gerund)
        {
            return true;
        }

        var (before, beforeEnd) = PrecedingWord.Of(text, floor, start);
        return text.AsSpan(before, beforeEnd - before) is "each" or "every" or "Each" or "Every";
    }

    /// <summary>Whether "this", "these", "that" or "those" stands right before the noun ("this fight"), or before one lower-case modifier ("these deadly attacks").</summary>
    private static bool Demonstrative(string text, int floor, int at)
    {
        for (var words = 0; words < 2; words++)
        {
            var (start, end) = PrecedingWord.Of(text, floor, at);
            if (start == end || !char.IsLower(text[start]))
            {
                return false;
            }

            if (text.AsSpan(start, end - start) is "this" or "these" or "that" or "those")
            {
                // "that" after a verb of saying opens a clause ("said that attacks…"): only a noun right after it is pointed at
                // where no verb stands before ("on that attack"): keep "that" to a preposition before it.
                return text.AsSpan(start, end - start) is not "that" || PrepositionBefore(text, floor, start);
            }

            if (NotModifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, end - start)))
            {
                return false;
            }

            at = start;
        }

        return false;
    }

    private static bool PrepositionBefore(string text, int floor, int at)
    {
        var (start, end) = PrecedingWord.Of(text, floor, at);
        return Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, end - start));
    }

    /// <summary>Whether the noun goes on to name who took part ("the talks between X and Y", "the meeting with Z"): then it tells the happening.</summary>
    private static bool NamesParticipants(string text, int end, int sentenceEnd)
    {
        var (start, stop) = WordAfter(text, end, sentenceEnd);
        return text.AsSpan(start, stop - start) is "between" or "with";
    }

    private static (int Start, int End) WordAfter(string text, int at, int ceiling)
    {
        var start = at;
        while (start < ceiling && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < ceiling && char.IsLetter(text[end]))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>How many lower-case words (adjectives, noun modifiers) may stand between the determiner and the noun.</summary>
    private const int ModifierWords = 2;

    /// <summary>
    /// Whether the noun at <paramref name="at"/> opens with a definite determiner or a possessive after a preposition: "in
    /// the blast", "for the nerve agent attack", "of their deployment", "during Minister Lee's visit".
    /// </summary>
    private static bool DefiniteAfterPreposition(string text, int floor, int at)
    {
        var modifiers = 0;
        var possessive = false;
        while (true)
        {
            var (start, end) = PrecedingWord.Of(text, floor, at);
            if (start == end)
            {
                return false;
            }

            var word = text.AsSpan(start, end - start);
            if (!possessive && Definite.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                // "reviewing the request", "considering the deployment": the object of an ongoing dealing with it
                var (ps, pe) = PrecedingWord.Of(text, floor, start);
                return pe > ps && (Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(ps, pe - ps))
                    || pe - ps > 5 && char.IsLower(text[ps]) && text.AsSpan(ps, pe - ps).EndsWith("ing", StringComparison.Ordinal));
            }

            if (possessive)
            {
                // "during Minister Lee's visit": capitalised words of the owner's name back to the preposition
                if (char.IsUpper(word[0]))
                {
                    at = start;
                    continue;
                }

                return Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            }

            if (end - start > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)))
            {
                possessive = true;
                at = start;
                continue;
            }

            // (a country's adjective may stand among the modifiers: "reviewing the Russian request")
            if (!char.IsLetter(word[0]) || ++modifiers > ModifierWords || NotModifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return false;
            }

            at = start;
        }
    }

    private static readonly HashSet<string> Definite = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "their", "its", "his", "her", "this", "that", "these", "those",
    };

    /// <summary>Words that open a clause or are a verb, not a modifier of the noun ("those who are protesting").</summary>
    internal static readonly HashSet<string> NotModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "which", "that", "whom", "whose", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "and", "or", "not", "to",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "for", "in", "of", "during", "over", "about", "on", "since", "from", "at",
    };

    /// <summary>
    /// Whether a trigger is the infinitive a request or an offer governs in its clause: "request to meet", "asked Oslo to
    /// send troops", "pledged to deliver"; or support that is a movement's purpose ("the army was deployed to support
    /// police", "sent troops to Chad to support the government": the deployment is the support, told once).
    /// </summary>
    private static bool IsComplement(string text, TextSpan sentence, (string Type, string Status, TextSpan Span) trigger, List<(string Type, string Status, TextSpan Span)> triggers)
    {
        if (trigger.Type == "offer_support" && AskedFor(text, trigger.Span, triggers))
        {
            return true;
        }

        if (!AfterTo(text, sentence.Start, trigger.Span.Start))
        {
            return false;
        }

        foreach (var g in triggers)
        {
            if ((g.Type == "request_support" || g.Status == "offered" || g.Type == "criticise" && trigger.Type is "protest" or "statement"
                    || g.Type is "deploy" or "transport" && trigger.Type == "offer_support") && g.Span.End <= trigger.Span.Start
                && trigger.Span.Start - g.Span.End <= ComplementReach
                && text.AsSpan(g.Span.End, trigger.Span.Start - g.Span.End).IndexOfAny(';', '.') < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far (in characters) after an attack its object may stand ("fired at an army patrol").</summary>
    private const int TargetReach = 25;

    /// <summary>
    /// Whether a patrol or a convoy is what an attack hit: "gunmen fired at a patrol", "rebels ambushed an army convoy" tell
    /// the attack; the patrol was not sent anywhere by the sentence.
    /// </summary>
    private static bool Attacked(string text, TextSpan trigger, List<(string Type, string Status, TextSpan Span)> triggers) =>
        ObjectOf(text, trigger, triggers, (g, _) => g.Type == "violence");

    /// <summary>
    /// Whether support is what a sanction or a cut withholds, or what a shortage lacks: "suspended budget support",
    /// "suspended aid to Niger" (criticism by its object, trigger-object-senses.txt), "cut electricity supplies to its
    /// neighbour", "had run out of surgical supplies" give nothing.
    /// </summary>
    private static bool Withheld(string text, TextSpan trigger, List<(string Type, string Status, TextSpan Span)> triggers) =>
        ObjectOf(text, trigger, triggers, (g, form) => g.Type is "criticise" or "other"
            && (form.StartsWith("suspend", StringComparison.OrdinalIgnoreCase) || form.StartsWith("cut", StringComparison.OrdinalIgnoreCase)
                || form.EndsWith(" out of", StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// Whether the trigger is the object of a governing trigger right before it (<see cref="TargetReach"/> characters, only
    /// a preposition, a determiner and modifiers between): "fired at a patrol", "suspended budget support".
    /// </summary>
    private static bool ObjectOf(string text, TextSpan trigger, List<(string Type, string Status, TextSpan Span)> triggers,
        Func<(string Type, string Status, TextSpan Span), ReadOnlySpan<char>, bool> governs)
    {
        foreach (var g in triggers)
        {
            if (g.Span.End <= trigger.Start && trigger.Start - g.Span.End <= TargetReach
                && governs(g, text.AsSpan(g.Span.Start, g.Span.Length))
                && AttackObject().IsMatch(text.AsSpan(g.Span.End, trigger.Start - g.Span.End)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Between an attack and what it hit: a preposition, a determiner and at most two modifiers, lower-case or an
    /// abbreviation ("ambushed a U.N. peacekeeping convoy").
    /// </summary>
    [GeneratedRegex(@"^\s+(?:(?:at|on|upon)\s+)?(?:(?:a|an|the|their|its)\s+)?(?:(?:[a-z-]+|(?:[A-Z]\.){2,}|[A-Z]{2,})\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex AttackObject();

    /// <summary>How far (in characters) before a happening's noun the demand for it is looked for.</summary>
    private const int DemandReach = 50;

    /// <summary>
    /// Whether a happening's noun is what a demand asks for: "demanded the withdrawal of police units", "called for the
    /// release of", "urged an immediate ceasefire". What is demanded has not happened; the demand is the speaker's
    /// statement.
    /// </summary>
    private static bool Demanded(string text, int floor, int at)
    {
        // (the pattern's verbs first, as plain text: most triggers have none of them before them)
        var from = Math.Max(floor, at - DemandReach);
        var before = text.AsSpan(from, at - from);
        return before.ContainsAny(DemandVerbs) && Demand().IsMatch(before);
    }

    /// <summary>The stems every match of <see cref="Demand"/> contains.</summary>
    private static readonly SearchValues<string> DemandVerbs = SearchValues.Create(["demand", "call", "urg", "sought", "seek", "press"], StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?:demand(?:ed|s|ing)?|call(?:ed|s|ing)?\s+for|urg(?:ed|es|ing)|sought|seek(?:s|ing)?|press(?:ed|es|ing)?\s+for)\s+(?:(?:the|an?|its|their|his|her|immediate|full|complete|swift|urgent|prompt|independent|international|impartial|thorough|transparent|credible|further)\s+){0,3}[""\u201C]?(?:[a-z]+\s+and\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Demand();

    /// <summary>
    /// Whether an agreeing is a decision to do what the trigger right after its "to" tells: "the bloc agreed to send
    /// peacekeepers" is the sending, planned, not talks ("agreed to a ceasefire", "agree to surrender deals" stay meetings,
    /// and so does agreeing to a transaction, "agreed to buy the firm": the agreement is the news).
    /// </summary>
    private static bool AgreesToAct(string text, TextSpan trigger, List<(string Type, string Status, TextSpan Span)> triggers)
    {
        if (!text.AsSpan(trigger.Start, trigger.Length).StartsWith("agree", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var after = text.AsSpan(trigger.End);
        var to = after.TrimStart();
        if (!to.StartsWith("to ", StringComparison.Ordinal))
        {
            return false;
        }

        var next = trigger.End + (after.Length - to.Length) + 3;
        return triggers.Exists(o => o.Type is not ("meeting" or "other" or "statement") && o.Span.Start == next);
    }

    /// <summary>How far (in characters) before a support word the "for" of a request may stand ("for urgent humanitarian aid").</summary>
    private const int ForReach = 30;

    /// <summary>
    /// Whether a support word is what a request before it asks for: "asked the UN for humanitarian aid", "appealed to
    /// Russia for military support" (the aid has not been given).
    /// </summary>
    private static bool AskedFor(string text, TextSpan trigger, List<(string Type, string Status, TextSpan Span)> triggers)
    {
        foreach (var g in triggers)
        {
            if (g.Type != "request_support" || g.Span.End > trigger.Start || trigger.Start - g.Span.End > ComplementReach)
            {
                continue;
            }

            var between = text.AsSpan(g.Span.End, trigger.Start - g.Span.End);
            var @for = between.LastIndexOf(" for ", StringComparison.OrdinalIgnoreCase);
            if (between.IndexOfAny(';', '.') < 0 && @for >= 0 && between.Length - @for <= ForReach)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far (in characters) after a threat the happening it threatens may stand ("threatened to lay siege to").</summary>
    private const int ThreatReach = 40;

    /// <summary>
    /// Whether a happening is what a threat holds out: "threatened to shut down crude production", "threatened to lay siege
    /// to the Secretariat" have not happened, nor are they planned (a threat waits on what the other side does); the threat
    /// is the speaker's statement. A vow ("vowed to launch an offensive") announces a plan and keeps it.
    /// </summary>
    private static bool Threatened(string text, TextSpan trigger, List<(string Type, string Status, TextSpan Span)> triggers)
    {
        foreach (var g in triggers)
        {
            if (g.Type != "statement" || g.Span.End > trigger.Start || trigger.Start - g.Span.End > ThreatReach
                || !text.AsSpan(g.Span.Start, g.Span.Length).StartsWith("threaten", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var between = text.AsSpan(g.Span.End, trigger.Start - g.Span.End);
            if (between.StartsWith(" to ", StringComparison.Ordinal) && between.IndexOfAny(',', ';', '.') < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far (in characters) before a trigger a "since" that makes it a point in time may stand.</summary>
    private const int SinceReach = 40;

    /// <summary>
    /// Whether the trigger is the point in time a "since" counts from, named by a noun after a possessive or an indefinite
    /// article: "a vocal supporter of Ukraine since Russia's full-scale invasion in 2022", "in turmoil since a 2021 coup":
    /// a happening told before, named to date what followed it, not told here (POLICY.md: background). "Since the …" is
    /// <c>EventExtractor.Reference</c>'s; a clause after "since" ("since rebels shut down the refinery") may be the only
    /// telling of its happening and stays.
    /// </summary>
    private static bool SinceAnchor(string text, int floor, int at)
    {
        var from = Math.Max(floor, at - SinceReach);
        return text.AsSpan(from, at - from).Contains("since", StringComparison.OrdinalIgnoreCase) && SinceBefore().IsMatch(text.AsSpan(from, at - from));
    }

    [GeneratedRegex(@"\bsince\s+(?:[\w-]+['’]s|an?)\s+(?:(?!and\s|but\s|or\s|when\s|which\s|that\s|who\s)[\w'’-]+\s+){0,3}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SinceBefore();

    /// <summary>How far (in characters) after a disaster's noun the verb it is the subject of may stand ("the quake that struck").</summary>
    private const int DisasterReach = 60;

    /// <summary>How far (in characters) after a disaster's noun the participle of its clause may stand, past the place it struck.</summary>
    private const int ParticipleReach = 100;

    /// <summary>
    /// Whether the trigger is the "-ing" participle that closes the disaster's clause after one comma: "a fire swept through a
    /// refugee camp overnight, destroying more than 1,500 shelters".
    /// </summary>
    private static bool Participle(string text, int from, TextSpan trigger)
    {
        var between = text.AsSpan(from, trigger.Start - from).TrimEnd();
        return between.EndsWith(",") && between[..^1].IndexOfAny(',', ';', '.') < 0
            && text.AsSpan(trigger.Start, trigger.Length).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the attack or protest word tells what a disaster did, in the disaster's own clause: "an earthquake struck the
    /// region", "the quake that struck on Tuesday", "a fire swept through the camp, destroying 1,500 shelters", "a quake in
    /// 2015 killed 9,000 people and destroyed half a million homes", "homes destroyed by the earthquake", "landslides triggered by the quake had blocked several roads". A
    /// disaster is an other trigger that reports an outcome (status happened: earthquake, flood, cyclone, wildfire); the
    /// force of nature attacks and protests against nobody (POLICY.md: violence is attacks by actors), and its deaths stay
    /// casualties.
    /// </summary>
    private static bool DoneByDisaster(string text, TextSpan trigger, List<(string Type, string Status, TextSpan Span)> triggers) =>
        triggers.Exists(o => o.Type == "other" && o.Status == "happened"
            && (o.Span.End <= trigger.Start && trigger.Start - o.Span.End <= DisasterReach
                && !Clauses.Broken(text.AsSpan(o.Span.End, trigger.Start - o.Span.End))
                || o.Span.End <= trigger.Start && trigger.Start - o.Span.End <= ParticipleReach && Participle(text, o.Span.End, trigger)
                || o.Span.Start >= trigger.End && o.Span.Start - trigger.End <= DisasterReach
                && text.AsSpan(trigger.End, o.Span.Start - trigger.End) is var between && !Clauses.Broken(between)
                && between.StartsWith(" by ", StringComparison.Ordinal)));

    /// <summary>
    /// Whether the attack word is a raid in which an arrest told before it in the sentence was made: "police arrested
    /// three suspects in a raid on a house", "rounded up the migrants in raids in Algiers": the arrest is the happening,
    /// the raid its manner (ACLED codes such operations as arrests).
    /// </summary>
    private static bool RaidOfAnArrest(string text, int floor, TextSpan trigger, List<(string Type, string Status, TextSpan Span)> triggers)
    {
        if (!text.AsSpan(trigger.Start, trigger.Length).StartsWith("raid", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var (start, end) = PrecedingWord.Of(text, floor, trigger.Start);
        if (text.AsSpan(start, end - start) is "a" or "an")
        {
            (start, end) = PrecedingWord.Of(text, floor, start);
        }

        return text.AsSpan(start, end - start) is "in" or "during"
            && triggers.Exists(a => a.Type == "arrest" && a.Span.End <= start);
    }

    /// <summary>How far (in characters) before a conflict's noun a verb of ending it may stand ("to end a six-year insurgency").</summary>
    private const int EndReach = 40;

    /// <summary>
    /// Whether a conflict is what a verb of ending or preventing in the present or the infinitive acts on: "pledging to end a
    /// six-year insurgency", "a deal ending the war", "to halt the fighting", "would stop rocket attacks", "to prevent
    /// attacks" name the state of things to be ended or kept from happening, not a happening
    /// told here ("troops ended the siege" in the past keeps it; protests to be ended are under way and stay).
    /// </summary>
    private static bool Ended(string text, int floor, int at)
    {
        var from = Math.Max(floor, at - EndReach);
        var before = text.AsSpan(from, at - from);
        return (before.Contains("end", StringComparison.Ordinal) || before.Contains("halt", StringComparison.Ordinal)
            || before.Contains("stop", StringComparison.Ordinal) || before.Contains("prevent", StringComparison.Ordinal)) && Ending().IsMatch(before);
    }

    [GeneratedRegex(@"\b(?:end|ends|ending|halt|halts|halting|stop|stops|stopping|prevent|prevents|preventing)\s+(?:(?:the|a|an|its|their|this|that|his|her)\s+)?(?:[a-z0-9-]+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Ending();

    /// <summary>
    /// Whether a personal pronoun is the object right after an attack ("threatened to stab them"): a threat of harm made to
    /// somebody's face is itself an assault, not an announcement.
    /// </summary>
    private static bool PersonObject(string text, int end, int sentenceEnd)
    {
        var (start, stop) = WordAfter(text, end, sentenceEnd);
        return text.AsSpan(start, stop - start) is "him" or "her" or "them" or "me" or "us" or "you";
    }

    /// <summary>How far (in characters) back from "and" the "to" of a coordinated infinitive is looked for.</summary>
    private const int CoordinationReach = 80;

    /// <summary>Marks that end the clause a coordinated infinitive is looked for in.</summary>
    private static readonly SearchValues<char> ClauseMarks = SearchValues.Create(".;:\u201C\u201D\"");

    /// <summary>Words after "to" that make it a preposition ("sent aid to the town and…"), not the mark of an infinitive.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NounStarts = new HashSet<string>(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "all", "some", "both", "each", "every",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Where the "to" stands of the infinitive a base-form trigger after "and" or "or" is coordinated with ("urged the
    /// government to cancel the tax and provide an amnesty": the amnesty is asked for, as the cancelling is), or -1: the
    /// "to" is in the same clause (no full stop, semicolon, colon or quotation mark between) and a lower-case word that
    /// starts no noun phrase follows it ("sent aid to the town and provided shelter" has no infinitive).
    /// </summary>
    private static int CoordinatedTo(string text, int floor, int at)
    {
        var (start, end) = PrecedingWord.Of(text, floor, at);
        var word = at;
        while (word < text.Length && char.IsLetter(text[word]))
        {
            word++;
        }

        var form = text.AsSpan(at, word - at);
        if (text.AsSpan(start, end - start) is not ("and" or "or") || form.EndsWith("ed", StringComparison.Ordinal) || form.EndsWith("ing", StringComparison.Ordinal)
            || form.EndsWith("s", StringComparison.Ordinal) && !form.EndsWith("ss", StringComparison.Ordinal))
        {
            return -1;
        }

        var from = Math.Max(floor, start - CoordinationReach);
        var stretch = text.AsSpan(from, start - from);
        var to = stretch.LastIndexOf(" to ", StringComparison.Ordinal);
        if (to < 0 || stretch[to..].IndexOfAny(ClauseMarks) >= 0)
        {
            return -1;
        }

        var (next, nextEnd) = (from + to + 4, from + to + 4);
        while (nextEnd < start && char.IsLetter(text[nextEnd]))
        {
            nextEnd++;
        }

        return nextEnd > next && char.IsLower(text[next]) && !NounStarts.Contains(text.AsSpan(next, nextEnd - next)) ? from + to + 1 : -1;
    }

    private static bool AfterTo(string text, int floor, int at)
    {
        var end = at;
        while (end > floor && text[end - 1] == ' ')
        {
            end--;
        }

        return end - 2 >= floor && text.AsSpan(end - 2, 2).Equals("to", StringComparison.OrdinalIgnoreCase)
            && (end - 2 == floor || !char.IsLetter(text[end - 3]));
    }

    /// <summary>Where the offence a charge names ends: at a word that opens another clause ("after", "when", "police said") or a semicolon.</summary>
    private static int OffenceEnd(string text, int from, int sentenceEnd)
    {
        var m = OffenceBreak().Match(text, from, sentenceEnd - from);
        return m.Success ? m.Index : sentenceEnd;
    }

    /// <summary>
    /// The words that introduce the offence of a charge, a conviction, a suspicion, or what an accusation or a blame is
    /// about ("blamed the government for the attack", "accused Chad of shelling the town"): an allegation, not a
    /// happening the article tells.
    /// </summary>
    /// <summary>A part of a word that every match of <see cref="Charge"/> contains: sentences without one are not searched.</summary>
    private static readonly SearchValues<string> ChargeWords = SearchValues.Create(
        ["charge", "convict", "acquit", "guilty", "suspicion", "accus", "blam", "count", "indict", "sentenc"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?:charged\s+(?:[\w'\u2019-]+\s+){0,3}?with|convicted\s+of|acquitted\s+of|guilty\s+of|suspicion\s+of|(?:is|was|are|were|been|being)\s+accused\s+of|(?:accuse[sd]?|accusing)\s+(?:[\w'\u2019-]+\s+){1,4}?of|(?:blame[sd]?|blaming)\s+(?:[\w'\u2019-]+\s+){1,4}?for|charges?\s+(?:of|including|that\s+include)|counts?\s+of|(?:indicted|sentenced)\s+(?:for|on))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Charge();

    [GeneratedRegex(@";|\b(?:after|when|which|who|where|following|because|before|while|since|during|but|said|says|according)\b|,\s+and\s+(?-i:(?=[A-Z]|(?:the|a|an|its|his|her|their)\s))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OffenceBreak();
}
