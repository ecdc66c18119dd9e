using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Core.Documents;
using Dashboard.Core.Events;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Quantities;

/// <summary>
/// Stage: amounts of counted things ("about 1,200 soldiers", "more than 40 transport planes", "tens of thousands of
/// troops", "nearly 6,000 people"). A number counts only when a unit noun from the lexicon follows it (within two
/// modifiers, or after "of"), so years and scores are left alone. Hedges set bounds: "more than"/"over"/"at least" a
/// minimum, "nearly"/"up to"/"fewer than" a maximum, "about"/"some" mark it approximate. A number with no noun after it
/// counts when the sentence names what it counts before it: "the number of troops … is 2,500", "the death toll rose to
/// 160", or "the number deployed was put at 1,200", where the participle's event type gives the unit
/// (<paramref name="countedForms"/>: "sent" → troops, "killed" → people).
/// </summary>
public sealed partial class QuantityRecognizer(IReadOnlyDictionary<string, string> units, IReadOnlyDictionary<string, string>? countedForms = null)
{
    private const int MaxModifiers = 2;
    private const int MaxWordsAfter = 16;

    // Unit nouns are looked up as spans of the text (this runs after every number in every article).
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _units =
        (units as FrozenDictionary<string, string> ?? units.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase)).GetAlternateLookup<ReadOnlySpan<char>>();


    private static readonly SearchValues<char> PhraseBreaks = SearchValues.Create(",;:()");

    /// <summary>
    /// Where the words after an amount stop belonging to its phrase: a comma, semicolon, colon or bracket, or the end of
    /// a sentence (a full stop followed by a space and no lower-case word: "4. The man", but not "200 U.S. troops").
    /// </summary>
    private static int PhraseBreak(ReadOnlySpan<char> window)
    {
        var stop = window.IndexOfAny(PhraseBreaks);
        var limit = stop < 0 ? window.Length : stop;
        for (var i = 0; i < limit; i++)
        {
            if (window[i] is not ('.' or '!' or '?') || i + 1 >= window.Length)
            {
                continue;
            }

            var initial = window[i] == '.' && i >= 1 && char.IsLetter(window[i - 1]) && (i == 1 || window[i - 2] is '.' or ' ');
            if (window[i + 1] is '"' or '”' or '’' || (!initial && window[i + 1] == ' ' && i + 2 < window.Length && !char.IsLower(window[i + 2])))
            {
                return i; // "lost 40." Troops…", "April 4. The man": the sentence has ended ("2,000 U.S. Marines" has not)
            }
        }

        return stop;
    }

    /// <summary>
    /// Whether the amount ending at <paramref name="end"/> begins a hyphenated modifier ("46-year-old", "two-year",
    /// "10-member"), which counts something else than the noun after it; "a 1,200-strong force" still counts the force.
    /// </summary>
    private static bool Compound(string text, int end, int limit)
    {
        if (end + 1 >= limit || text[end] is not ('-' or '\u2010' or '\u2011') || !char.IsLetter(text[end + 1]))
        {
            return false;
        }

        const string strong = "strong";
        return !(end + 1 + strong.Length <= limit && text.AsSpan(end + 1, strong.Length).Equals(strong, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly SearchValues<string> CountingWords = SearchValues.Create(["number", "toll"], StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> PhraseEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "as", "and", "or", "but", "to", "in", "on", "at", "for", "with", "by", "from", "that", "which", "who", "was", "were",
        "is", "are", "be", "been", "have", "has", "had", "would", "will", "could", "said", "than",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseEndLookup = PhraseEnds.GetAlternateLookup<ReadOnlySpan<char>>();

    public IReadOnlyList<Quantity> Recognise(PreparedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var found = new List<Quantity>();
        foreach (var m in Amounts(text))
        {
            if (document.PassageAt(m.Index) is not { Kind: not PassageKind.Boilerplate } passage || !passage.Span.Contains(TextSpan.FromLength(m.Index, m.Length)))
            {
                continue;
            }

            if (Compound(text, m.Index + m.Length, passage.Span.End))
            {
                continue; // "a 46-year-old man", "a two-year sentence", "a 10-member delegation": no count of what follows
            }

            // "$944 million", "€2.4bn", "US$3 billion", "$US4.5 billion": a currency sign before the amount makes it money,
            // whatever noun follows ("a $3 million lawsuit", "$50 billion of goods")
            var currency = CurrencyStart(text, m.Index);
            if (currency < 0 && m.Index + m.Length < passage.Span.End && char.IsLetter(text[m.Index + m.Length]))
            {
                continue; // "a 12m boat", "the 1990s", "the 20th": a measure, a decade or an ordinal, no count
            }

            var scaled = currency >= passage.Span.Start ? ShortScale(text, m.Index + m.Length, passage.Span.End) : (Factor: 1, Length: 0);
            var unit = currency >= passage.Span.Start
                ? (m.Index + m.Length + scaled.Length, "money", text[currency..m.Index])
                : UnitAfter(text, m.Index + m.Length, passage.Span.End);
            var lookback = Math.Max(passage.Span.Start, m.Index - 30);
            Match? hedge = null; // (matched only for an amount that may count something)
            var end = unit?.End ?? m.Index + m.Length;
            if (unit is null && IsBare(text, m.Index + m.Length, passage.Span.End))
            {
                hedge = HedgeAt(text, lookback, m.Index);
                unit = UnitBefore(text, hedge.Success ? hedge.Index : m.Index, passage.Span.Start) is { } before ? (end, before.Unit, before.Noun) : null;
            }

            if (unit is null && SubjectOfCountedForm(text, m, passage.Span) is { } subject)
            {
                unit = (end, subject.Unit, subject.Form); // "…, and two were arrested", "All three were killed": the noun is the form
            }

            if (unit is null || Amount(m) is not { } amount)
            {
                continue;
            }

            var first = currency >= passage.Span.Start ? currency : m.Index; // where the amount is written from, its sign included
            hedge ??= HedgeAt(text, Math.Min(lookback, first), first);
            var (hedgeMin, hedgeMax, approximate) = Hedge(hedge.Success ? hedge.Groups["hedge"].Value : string.Empty);
            var (value, min, max) = amount;
            (value, min, max) = (value * scaled.Factor, min * scaled.Factor, max * scaled.Factor);
            if (value is { } v)
            {
                min = hedgeMin ? v : min;
                max = hedgeMax ? v : max;
            }

            var span = new TextSpan(hedge.Success ? hedge.Index : first, unit.Value.End);
            found.Add(new Quantity(span, span.Slice(text), value, min, max, unit.Value.Unit, unit.Value.Noun, approximate || value is null));
        }

        return found;
    }

    /// <summary>
    /// The amounts of the text, in order. The amount pattern is tried only where a digit or a number word begins a
    /// token (found by vectorised searches), not at every position of the text: this stage runs on every article.
    /// </summary>
    private static List<Match> Amounts(string text)
    {
        var matches = new List<Match>();
        var at = 0;
        var nextDigit = -2;
        var nextWord = -2;
        while (at < text.Length)
        {
            if (nextDigit != -1 && nextDigit < at)
            {
                var d = text.AsSpan(at).IndexOfAnyInRange('0', '9');
                nextDigit = d < 0 ? -1 : at + d;
            }

            if (nextWord != -1 && nextWord < at)
            {
                var w = text.AsSpan(at).IndexOfAny(NumberWords.Starts);
                nextWord = w < 0 ? -1 : at + w;
            }

            if (nextDigit < 0 && nextWord < 0)
            {
                break;
            }

            var next = nextDigit < 0 ? nextWord : nextWord < 0 ? nextDigit : Math.Min(nextDigit, nextWord);
            if (next > 0 && (char.IsLetterOrDigit(text[next - 1]) || text[next - 1] == '_') && CurrencyStart(text, next) < 0)
            {
                at = next + 1; // inside a word or a longer number ("A320", "often")
                continue;
            }

            if (next >= 2 && text[next - 1] == '-' && char.IsUpper(text[next - 2]))
            {
                at = next + 1; // a model's designation ("C-17 cargo planes", "F-16 jets", "MiG-29", "S-400"), no count
                continue;
            }

            // "a dozen", "a hundred", "a thousand" begin at the article.
            var start = next >= 2 && text[next - 1] == ' ' && text[next - 2] is 'a' or 'A' && (next == 2 || !char.IsLetterOrDigit(text[next - 3])) ? next - 2 : next;
            var m = Amount().Match(text, start);
            if (!m.Success && start != next)
            {
                m = Amount().Match(text, next);
            }

            if (m.Success)
            {
                matches.Add(m);
                at = m.Index + m.Length;
            }
            else
            {
                at = next + 1;
            }
        }

        return matches;
    }

    /// <summary>
    /// A scale written right after an amount of money, without a space: "£12m", "$3bn", "€40k" (a factor, and how many
    /// letters it takes), or (1, 0).
    /// </summary>
    private static (double Factor, int Length) ShortScale(string text, int end, int limit)
    {
        var letters = 0;
        while (end + letters < limit && char.IsAsciiLetterLower(text[end + letters]))
        {
            letters++;
        }

        return text.AsSpan(end, letters) switch
        {
            "m" => (1e6, 1),
            "bn" => (1e9, 2),
            "k" => (1e3, 1),
            _ => (1, 0),
        };
    }

    /// <summary>The signs of money written before an amount ("$", "€", "£", "¥", "₹").</summary>
    private static readonly SearchValues<char> CurrencySigns = SearchValues.Create("$€£¥₹");

    /// <summary>
    /// Where a currency sign written right before the amount at <paramref name="at"/> begins, or -1: "$944", "€2.4",
    /// with a country's letters before the sign ("US$3", "A$5", "HK$10") or after it ("$US4.5", "$A5").
    /// </summary>
    private static int CurrencyStart(string text, int at)
    {
        var sign = at - 1;
        var letters = 0;
        while (sign >= 0 && letters <= 2 && char.IsAsciiLetterUpper(text[sign]))
        {
            sign--; // "$US4.5": the country's letters come after the sign
            letters++;
        }

        if (sign < 0 || !CurrencySigns.Contains(text[sign]) || letters > 2)
        {
            return -1;
        }

        var start = sign;
        var before = 0;
        while (letters == 0 && start > 0 && before < 2 && char.IsAsciiLetterUpper(text[start - 1]))
        {
            start--; // "US$3", "HK$10": the country's letters come before the sign
            before++;
        }

        return start > 0 && char.IsLetterOrDigit(text[start - 1]) ? -1 : start;
    }

    private static (double? Value, double? Min, double? Max)? Amount(Match m)
    {
        if (m.Groups["vague"].Success)
        {
            var (low, high) = NumberWords.Vague[Regex.Replace(m.Groups["vague"].Value, @"\s+", " ")];
            return (null, low, high);
        }

        double number;
        if (m.Groups["digits"].Success)
        {
            if (!double.TryParse(m.Groups["digits"].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
            {
                return null;
            }
        }
        else if (!NumberWords.Units.TryGetValue(Regex.Replace(m.Groups["word"].Value, @"\s+", " "), out number))
        {
            return null;
        }

        if (m.Groups["ones"].Success && number is >= 20 and < 100)
        {
            number += NumberWords.Units[m.Groups["ones"].Value]; // "twenty-five"
        }

        if (m.Groups["scale"].Success)
        {
            number *= NumberWords.Scales[m.Groups["scale"].Value];
        }

        return (number, null, null);
    }

    private static (bool Min, bool Max, bool Approximate) Hedge(string hedge) => Regex.Replace(hedge.ToLowerInvariant(), @"\s+", " ").Trim() switch
    {
        "more than" or "over" or "at least" or "upwards of" or "in excess of" or "just over" or "slightly more than" or "some more than" => (true, false, false),
        "nearly" or "almost" or "close to" or "up to" or "as many as" or "fewer than" or "less than" or "under" or "just under" or "no more than" => (false, true, false),
        "about" or "around" or "roughly" or "some" or "approximately" or "an estimated" or "estimated" or "nearly about" => (false, false, true),
        _ => (false, false, false),
    };

    /// <summary>
    /// Whether the amount ends its phrase (a comma, a full stop, a conjunction or the end of the passage follows), so a
    /// noun named before it can be what it counts: "would be about 2,500, but…" and not "2,500 kilometres".
    /// </summary>
    private static bool IsBare(string text, int from, int limit)
    {
        var i = from;
        while (i < limit && text[i] == ' ')
        {
            i++;
        }

        if (i >= limit || text[i] is ',' or '.' or ';' or ':' or ')' or '!' or '?')
        {
            return true;
        }

        var end = i;
        while (end < limit && char.IsLetter(text[end]))
        {
            end++;
        }

        return BareFollowers.Contains(text.AsSpan(i, end - i));
    }

    /// <summary>
    /// The unit an amount standing alone as a clause's subject counts, and the participle its passive verb is: "…, and
    /// two were arrested" (people, "arrested"), "All three were killed", "Two more had been sent" (troops). The amount
    /// must open its clause (after a sentence start, a comma, "and", "but", "while" or "all"); the participle is kept as
    /// the quantity's noun, so that only a happening of that participle's type counts it.
    /// </summary>
    private (string Unit, string Form)? SubjectOfCountedForm(string text, Match amount, TextSpan passage)
    {
        if (countedForms is null || amount.Groups["vague"].Success)
        {
            return null;
        }

        var before = text.AsSpan(passage.Start, amount.Index - passage.Start).TrimEnd();
        var opens = before.Length == 0 || before[^1] is '.' or ',' or ';' or '"' or '\u201C'
            || before.EndsWith(" and", StringComparison.Ordinal) || before.EndsWith(" but", StringComparison.Ordinal)
            || before.EndsWith(" while", StringComparison.Ordinal) || before.EndsWith("All", StringComparison.Ordinal) || before.EndsWith(" all", StringComparison.Ordinal);
        if (!opens)
        {
            return null;
        }

        var m = PassiveCounted().Match(text, amount.Index + amount.Length, Math.Min(passage.End, amount.Index + amount.Length + 40) - amount.Index - amount.Length);
        return m.Success && countedForms.TryGetValue(m.Groups["form"].Value, out var unit) ? (unit, m.Groups["form"].Value) : null;
    }

    [GeneratedRegex(@"\G\s+(?:more\s+)?(?:were|was|have\s+been|had\s+been)\s+(?:(?:later|also|reportedly|then|since)\s+)?(?<form>[a-z]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PassiveCounted();

    /// <summary>Words that may follow an amount that ends its phrase ("rose to 43 on Monday", "about 2,500 but…").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BareFollowers = new[]
    {
        "and", "but", "or", "on", "in", "at", "by", "after", "since", "as", "while", "when", "according",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// What a bare amount counts, named earlier in its sentence: "the number of troops … was", "the death toll rose to",
    /// "the number deployed was put at".
    /// </summary>
    private (string Unit, string Noun)? UnitBefore(string text, int at, int floor)
    {
        var from = Math.Max(floor, at - 100);
        var window = text.AsSpan(from, at - from);
        if (!window.ContainsAny(CountingWords))
        {
            return null; // most bare numbers (years, scores): no regex at all
        }

        var m = CountedBefore().Match(text, from, at - from); // as if on the substring; indexes are into text
        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["toll"].Success)
        {
            return ("people", m.Groups["toll"].Value);
        }

        if (m.Groups["noun"].Success)
        {
            // "the number of troops sent", "the number of Russian troops": the first word that is a unit noun.
            var noun = m.Groups["noun"].Value;
            if (_units.TryGetValue(noun, out var unit))
            {
                return (unit, noun);
            }

            foreach (var word in noun.Split(' '))
            {
                if (_units.TryGetValue(word, out var wordUnit))
                {
                    return (wordUnit, word);
                }
            }

            return null;
        }

        var form = m.Groups["form"].Value;
        return countedForms is not null && countedForms.TryGetValue(form, out var counted) ? (counted, $"number {form}") : null;
    }

    /// <summary>The unit noun after the amount: "1,200 [French] soldiers", "40 transport planes", "thousands of troops".</summary>
    private (int End, string Unit, string Noun)? UnitAfter(string text, int from, int limit)
    {
        var window = text.AsSpan(from, Math.Min(limit, from + 80) - from);
        var stop = PhraseBreak(window);
        if (stop >= 0)
        {
            window = window[..stop]; // "on March 10, officers…", "April 4. The man…": the noun phrase has ended
        }

        Span<(int Start, int Length)> words = stackalloc (int, int)[MaxWordsAfter];
        var count = 0;
        foreach (var m in Words().EnumerateMatches(window))
        {
            if (count == words.Length)
            {
                break;
            }

            words[count++] = (m.Index, m.Length);
        }

        var skipped = 0;
        for (var i = 0; i < count && skipped <= MaxModifiers; i++)
        {
            var (start, length) = words[i];
            var word = window.Slice(start, length);
            // A two-word unit ("transport planes") as the lexicon spells it, with one space between the words.
            if (i + 1 < count && words[i + 1].Start == start + length + 1 && window[start + length] == ' ')
            {
                var pair = window.Slice(start, words[i + 1].Start + words[i + 1].Length - start);
                if (_units.TryGetValue(pair, out var twoWord))
                {
                    return (from + start + pair.Length, twoWord, pair.ToString());
                }
            }

            if (_units.TryGetValue(word, out var unit))
            {
                return (from + start + length, unit, word.ToString());
            }

            if (word is "of" or "more" or "additional" or "extra" or "other" or "new")
            {
                continue; // "tens of thousands of troops", "2,000 more soldiers"
            }

            if (PhraseEndLookup.Contains(word))
            {
                return null; // "dozens of lorries as soldiers…": the noun phrase ended before any unit
            }

            skipped++;
        }

        return null;
    }

    [GeneratedRegex(@"\G(?:(?<vague>tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands|millions)|(?<digits>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:(?:\s*|-)(?<scale>hundred|thousand|million|billion|mn|bn)\b)?|(?<word>a\s+dozen|a\s+hundred|a\s+thousand|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b(?:-(?<ones>one|two|three|four|five|six|seven|eight|nine)\b)?(?:\s+(?<scale>hundred|thousand|million|billion)\b)?)(?!,?\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Amount();

    /// <summary>
    /// <see cref="HedgeBefore"/> on the text from <paramref name="from"/> to the amount at <paramref name="at"/> (its Index
    /// is into the text). In plain ASCII it runs only where the last word before the amount can end a hedge: most amounts
    /// have none.
    /// </summary>
    private static Match HedgeAt(string text, int from, int at)
    {
        var window = text.AsSpan(from, at - from);
        if (System.Text.Ascii.IsValid(window))
        {
            var words = window.TrimEnd(AsciiSpace);
            var last = words.LastIndexOfAnyExcept(AsciiLetters);
            if (words.Length == window.Length || !HedgeEnds.Contains(words[(last + 1)..]))
            {
                return Match.Empty;
            }
        }

        return HedgeBefore().Match(text, from, at - from);
    }

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>The white space of <see cref="HedgeBefore"/>'s <c>\s</c> in plain ASCII.</summary>
    private static readonly char[] AsciiSpace = [' ', '\t', '\n', '\v', '\f', '\r'];

    /// <summary>The last words of <see cref="HedgeBefore"/>'s hedges ("more than", "at least", "up to", "an estimated").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HedgeEnds = new[]
    {
        "than", "over", "least", "of", "nearly", "almost", "to", "as", "under", "about", "around", "roughly", "some", "approximately", "estimated",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A hedge right before the amount ("more than 40", "about 1,200"), matched on the few words before it.</summary>
    [GeneratedRegex(@"\b(?<hedge>(?:just |slightly |some )?(?:more than|over|at least|upwards of|in excess of|nearly|almost|close to|up to|as many as|fewer than|less than|just under|under|no more than|about|around|roughly|some|approximately|an estimated|estimated))\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HedgeBefore();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’-]*")]
    private static partial Regex Words();

    /// <summary>"the number of troops deployed was ", "the death toll rose to ", "The number deployed was put at ".</summary>
    [GeneratedRegex(@"(?:\bthe\s+|^|(?<=[.!?:\n]\s*))(?:(?:total|final|official|overall|estimated)\s+)?(?:(?<toll>death\s+toll|casualty\s+toll)|number\s+of\s+(?<noun>[a-z]+(?:\s[a-z]+){0,2})|number\s+(?<form>[a-z]+))\b[^.;!?]{0,60}?\b(?:be|is|was|were|are|reached|reaches|stood\s+at|stands\s+at|rose\s+to|rises\s+to|climbed\s+to|climbs\s+to|hit|hits|put\s+at|estimated\s+at|to)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountedBefore();
}
