using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Dashboard.Core.Geography;
using Dashboard.Core.Places;
using Dashboard.Core.Text;
using Dashboard.Core.Time;

namespace Dashboard.Extraction.Events;

/// <summary>
/// Where an event happened and, for movements, where from: chosen among the sentence's literal places by the
/// preposition before each and the kind of event.
/// </summary>
internal static partial class EventPlaces
{
    /// <summary>
    /// The further destinations coordinated with a movement's place ("to Mali and Niger", "to Afghanistan and the Middle
    /// East", "to Chad, Niger and Mali"): each is a movement of its own (POLICY.md: two places, two happenings).
    /// </summary>
    internal static List<ResolvedPlace> CoordinatedDestinations(string text, IReadOnlyList<ResolvedPlace> places, TextSpan sentence, ResolvedPlace place)
    {
        var further = new List<ResolvedPlace>();
        if (Preposition(text, sentence.Start, place.Mention.Span.Start) is not ("to" or "into"))
        {
            return further;
        }

        var previous = place;
        while (true)
        {
            var end = previous.Mention.Span.End;
            var next = places.Where(p => p.Choice is not null && p.Mention.Literal && p.Mention.Span.Start > end && sentence.Contains(p.Mention.Span)
                    && p.Choice.Id != place.Choice?.Id && !further.Exists(f => f.Choice!.Id == p.Choice.Id))
                .MinBy(p => p.Mention.Span.Start);
            if (next is null || !DestinationJoint().IsMatch(text.AsSpan(end, next.Mention.Span.Start - end)))
            {
                return further;
            }

            further.Add(next);
            previous = next;
        }
    }

    /// <summary>A place named as its country's, with up to two lower-case modifiers: "Nigeria's central Plateau state".</summary>
    [GeneratedRegex(@"^['’]s(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex PossessedBy();

    [GeneratedRegex(@"^(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DestinationJoint();

    /// <summary>A place introduced as the seat of forces they leave from: "from its base in", "from their barracks at".</summary>
    [GeneratedRegex(@"\bfrom\s+(?:(?:its|their|the|a|an|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:base|bases|airbase|barracks|garrison|headquarters|camp|camps|home\s+port)\s+(?:in|at)\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FromBase();

    internal static (ResolvedPlace? Place, ResolvedPlace? Origin) Places(
        string text, IReadOnlyList<ResolvedPlace> places, List<TimeExpression> dates, TextSpan sentence, (string Type, string Status, TextSpan Span) trigger,
        TextSpan? dateline = null, FrozenSet<string>? locatingNouns = null, bool filedOnly = false)
    {
        var literal = places.Where(p => p.Choice is not null && p.Mention.Literal && sentence.Contains(p.Mention.Span)
            && p.Mention.Cue is not MentionCue.Demonym && !ResidencePlaces.IsResidence(text, sentence, p.Mention.Span)).ToList();
        if (dateline is { } header && (filedOnly || literal.Exists(p => !header.Contains(p.Mention.Span))))
        {
            // "YEREVAN, Sept 13 (Reuters) - … shelled positions near Goris": where the story was filed, not where it happened
            literal.RemoveAll(p => header.Contains(p.Mention.Span));
        }

        var movement = IsMovement(trigger.Type);
        var support = trigger.Type is "offer_support" or "request_support";
        ResolvedPlace? origin = null;
        ResolvedPlace? destination = null;
        ResolvedPlace? located = null;
        ResolvedPlace? lastLocated = null;
        ResolvedPlace? firstAfter = null;
        ResolvedPlace? helped = null;
        var helpedIsDestination = false;
        foreach (var p in literal)
        {
            var preposition = Preposition(text, sentence.Start, p.Mention.Span.Start, locatingNouns);
            if (movement && preposition is "in" or "at" && origin is null
                && FromBase().IsMatch(text.AsSpan(Math.Max(sentence.Start, p.Mention.Span.Start - 60), Math.Min(60, p.Mention.Span.Start - sentence.Start))))
            {
                preposition = "from"; // "sent 500 paratroopers from its base in Abidjan": where they set out from
            }

            switch (preposition)
            {
                case "from" when origin is null:
                    origin = p;
                    break;
                case "to" or "into" or "toward" or "towards" or "for" when destination is null:
                    destination = p;
                    break;
                case "in" or "at" or "along" or "near" or "on" or "across" or "inside" or "outside" or "around" or "within":
                    located ??= p;
                    lastLocated = p;
                    if (firstAfter is null && p.Mention.Span.Start >= trigger.Span.End
                        && text.AsSpan(trigger.Span.End, p.Mention.Span.Start - trigger.Span.End).IndexOfAny(',', ';', '\u2014') < 0)
                    {
                        firstAfter = p; // "arriving in Belarus for drills, …, as officials voiced alarm over the build-up near Ukraine"
                    }

                    break;
            }

            // Support is offered or asked for somewhere: the first place after the trigger it is sent to ("troops for
            // X"), else the first it is to work in ("police to help restore order in X"), but not where the asking
            // was done ("at a summit in Moscow").
            if (support && p.Mention.Span.Start >= trigger.Span.End)
            {
                if (preposition is "to" or "into" or "for" && (helped is null || !helpedIsDestination))
                {
                    (helped, helpedIsDestination) = (p, true);
                }
                else if (preposition is "in" or "inside" or "within" && helped is null && !VenueBefore().IsMatch(text.AsSpan(Math.Max(sentence.Start, p.Mention.Span.Start - 30), Math.Min(30, p.Mention.Span.Start - sentence.Start))))
                {
                    helped = p;
                }
            }
        }

        // A movement without "from" that is loaded, boarded or leaves somewhere and lands or arrives somewhere else
        // ("boarding ships in X and arriving at the port of Y") went from the first place to the last.
        if (movement && origin is null && located is not null && lastLocated is not null && located.Choice!.Id != lastLocated.Choice!.Id
            && Departure().IsMatch(text.AsSpan(sentence.Start, located.Mention.Span.Start - sentence.Start))
            && Arrival().IsMatch(text.AsSpan(located.Mention.Span.End, lastLocated.Mention.Span.Start - located.Mention.Span.End)))
        {
            origin = located;
        }

        // A movement goes to its destination, else to the last place the sentence locates it in (arrival comes after
        // departure); anything else happens where the text locates it. What is only said or met has a place only when
        // the preposition follows the verb ("met in Geneva", not "condemned the violence in X"); other events fall back to
        // the most precise literal place of the sentence.
        var speech = IsSpeech(trigger.Type);
        var place = movement ? destination ?? (origin is null ? firstAfter : null) ?? lastLocated : located ?? destination;
        if (trigger.Type == "evacuate")
        {
            // An evacuation is placed where people are taken out of ("citizens in X", "evacuated from X").
            place = located ?? origin ?? destination;
            origin = null;
        }
        else if (support)
        {
            place = helped;
        }
        else if (speech)
        {
            place = place is not null && IsVenue(text, dates, trigger.Span.End, place.Mention.Span.Start) ? place : null;
        }
        else if (place is null)
        {
            // …but not a topic: "talks about X", "tension over X" (though "shot down over X" is a place).
            place = literal.Where(p => p != origin && !IsTopic(text, sentence.Start, p.Mention.Span.Start)).OrderBy(Rank).FirstOrDefault();
        }

        if (place is { Choice: { Kind: PlaceKind.Country, Country: { } iso2 } } && !speech && !support
            && literal.FirstOrDefault(p => p.Mention.Span.Start > place.Mention.Span.End && p != origin && p.Choice is { Kind: not PlaceKind.Country } inside
                && inside.Country == iso2
                && (Preposition(text, sentence.Start, p.Mention.Span.Start, locatingNouns) is "in" or "at" or "near" or "outside" or "inside" or "around"
                    && (SamePhrase(text, place.Mention.Span.End, p.Mention.Span.Start) || Apposed(text, p.Mention.Span.Start, locatingNouns))
                    || PossessedBy().IsMatch(text.AsSpan(place.Mention.Span.End, p.Mention.Span.Start - place.Mention.Span.End)))) is { } within)
        {
            place = within; // "crossed into Poland near the village of Bialowieza": the most specific place the sentence gives
        }

        if (place is not null && literal.FirstOrDefault(p => p != place && p.Mention.Span.Contains(place.Mention.Span) && p.Mention.Cue == MentionCue.Border) is { } border)
        {
            place = border; // "along Poland's border with Belarus": the border, not the country inside the phrase
        }

        return (place, movement ? origin : null);
    }

    private static readonly HashSet<string> VenueFillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "again", "also", "then", "later", "earlier", "first", "together", "on", "the", "in", "at", "near", "inside", "outside",
    };

    /// <summary>
    /// Whether the place's preposition follows the verb with nothing but adverbs or a date between ("met in Geneva",
    /// "met on Monday in Geneva", "spoke briefly at…"), so that the place is where it was said or met; "described the
    /// unrest in X" and "condemned foreign interference in X" name a topic, not a venue.
    /// </summary>
    private static bool IsVenue(string text, List<TimeExpression> dates, int verbEnd, int placeStart)
    {
        if (placeStart < verbEnd)
        {
            return false;
        }

        var words = 0;
        foreach (var m in new LatinWords(text.AsSpan(verbEnd, placeStart - verbEnd)))
        {
            var at = verbEnd + m.Index;
            var word = text.AsSpan(at, m.Length);
            var inDate = dates.Exists(d => d.Span.Start <= at && at < d.Span.End);
            if (++words > 4 || !(inDate || word.EndsWith("ly", StringComparison.Ordinal) || VenueFillers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the type moves forces or people from one place to another (its place is where they go).</summary>
    internal static bool IsMovement(string type) => type is "deploy" or "transport" or "withdraw" or "evacuate";

    internal static bool IsSpeech(string type) => type is "statement" or "criticise" or "meeting" or "offer_support" or "request_support";

    private static readonly HashSet<string> TopicNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "tension", "tensions", "dispute", "disputes", "row", "rows", "concern", "concerns", "standoff", "debate", "anger", "fears",
        "worries", "criticism", "talks", "negotiations", "quarrel", "rift",
    };

    /// <summary>Whether the place is only what something is about: "about X", "regarding X", or "over X" after a noun of dispute.</summary>
    private static bool IsTopic(string text, int floor, int at)
    {
        var preposition = PrepositionSpan(text, floor, at, out var start);
        return preposition.Equals("about", StringComparison.OrdinalIgnoreCase) || preposition.Equals("regarding", StringComparison.OrdinalIgnoreCase)
            || preposition.Equals("concerning", StringComparison.OrdinalIgnoreCase)
            || (preposition.Equals("over", StringComparison.OrdinalIgnoreCase) && TopicNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(PreviousWord(text, floor, start, out _)));
    }

    private static int Rank(ResolvedPlace p) => p.Precision switch
    {
        Core.Geography.GeoPrecision.Border => 0,
        Core.Geography.GeoPrecision.Landmark => 1,
        Core.Geography.GeoPrecision.City => 2,
        Core.Geography.GeoPrecision.Admin => 3,
        Core.Geography.GeoPrecision.Country => 4,
        _ => 5,
    };

    /// <summary>The word right before a position, lower-cased ("in", "from"), skipping "the"; scanned without copying.</summary>
    private static string? Preposition(string text, int floor, int at, FrozenSet<string>? locatingNouns = null)
    {
        var word = PrepositionSpan(text, floor, at, out var start);
        if (word.Equals("of", StringComparison.OrdinalIgnoreCase) && PreviousWord(text, floor, start, out _).Equals("out", StringComparison.OrdinalIgnoreCase))
        {
            return "from"; // "flew their diplomats out of Khartoum"
        }

        if (locatingNouns is not null && word.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            // "near the village of X", "in the border town of X": the preposition before the place's noun
            var nouns = locatingNouns.GetAlternateLookup<ReadOnlySpan<char>>();
            var noun = PreviousWord(text, floor, start, out start);
            if (nouns.Contains(noun))
            {
                var before = BeforeModifiers(text, floor, start, locatingNouns, out start);
                if (before is "the" or "a" or "an")
                {
                    word = PreviousWord(text, floor, start, out _);
                }
            }
        }

        if (IsNounAndComma(word, locatingNouns) && BeforeModifiers(text, floor, start, locatingNouns!, out start) is "the"
            && PreviousWord(text, floor, start, out _) is var preposition && IsPrepositionWord(preposition))
        {
            return preposition.ToString(); // "in the capital, Lilongwe": the preposition before the noun the place is set beside
        }

        return word.Length == 0 ? null : word.ToString().ToLowerInvariant();
    }

    /// <summary>
    /// The word before the modifiers of a locating noun that starts at <paramref name="nounStart"/> ("the" in "the border
    /// town", "the eastern city", "the eastern Congolese city"), and where it starts.
    /// </summary>
    private static ReadOnlySpan<char> BeforeModifiers(string text, int floor, int nounStart, FrozenSet<string> locatingNouns, out int start)
    {
        var nouns = locatingNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        var before = PreviousWord(text, floor, nounStart, out start);
        for (var skipped = 0; skipped < MaxNounModifiers && before.Length > 0 && before is not ("the" or "a" or "an") && !IsPrepositionWord(before)
            && (nouns.Contains(before) || char.IsLower(before[0]) || IsModifierName(before)); skipped++)
        {
            before = PreviousWord(text, floor, start, out start);
        }

        return before;
    }

    /// <summary>A locating noun with a comma after it, which a place in apposition follows ("capital," in "the capital, Lilongwe").</summary>
    private static bool IsNounAndComma(ReadOnlySpan<char> word, FrozenSet<string>? locatingNouns) =>
        locatingNouns is not null && word.Length > 1 && word[^1] == ',' && locatingNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[..^1]);

    /// <summary>Whether a place stands in apposition to a locating noun right before it ("in the capital, Lilongwe").</summary>
    private static bool Apposed(string text, int placeStart, FrozenSet<string>? locatingNouns) =>
        IsNounAndComma(PreviousWord(text, 0, placeStart, out _), locatingNouns);

    /// <summary>How many modifiers may stand between "the" and a locating noun ("the remote eastern Congolese town of X").</summary>
    private const int MaxNounModifiers = 3;

    /// <summary>A capitalised modifier of a locating noun: a single word with no full stop or comma ("Congolese", "Kurdish").</summary>
    private static bool IsModifierName(ReadOnlySpan<char> word) => char.IsUpper(word[0]) && word.IndexOfAny('.', ',', ':') < 0 && word.Length > 2;

    private static bool IsPrepositionWord(ReadOnlySpan<char> word) => word is "in" or "at" or "near" or "to" or "into" or "from" or "outside" or "inside" or "around" or "toward" or "towards";

    /// <summary>
    /// Whether a place after another stands in the same phrase, locating it further ("into Poland near the village of
    /// X"): a few words apart, with no clause break (", and", ";", ", where") between.
    /// </summary>
    private static bool SamePhrase(string text, int end, int start)
    {
        var gap = text.AsSpan(end, start - end);
        return gap.Length <= 40 && gap.IndexOfAny(';', ',', '—') < 0;
    }

    /// <summary>The word right before a position, skipping "the", and where it starts.</summary>
    private static ReadOnlySpan<char> PrepositionSpan(string text, int floor, int at, out int start)
    {
        var word = PreviousWord(text, floor, at, out start);
        return word.Equals("the", StringComparison.OrdinalIgnoreCase) ? PreviousWord(text, floor, start, out start) : word;
    }

    private static ReadOnlySpan<char> PreviousWord(string text, int floor, int at, out int start)
    {
        var end = at;
        while (end > floor && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        start = end;
        while (start > floor && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        return text.AsSpan(start, end - start);
    }

    [GeneratedRegex(@"\b(?:land|lands|landed|landing|arrive|arrives|arrived|arriving|reach|reached|reaching|touched\s+down)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Arrival();

    [GeneratedRegex(@"\b(?:load|loads|loaded|loading|board|boards|boarded|boarding|depart|departs|departed|departing|left|leaving|took\s+off|taking\s+off|embark|embarked|embarking)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Departure();

    [GeneratedRegex(@"\b(?:at|summit|meeting|talks|conference|visit)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VenueBefore();
}
