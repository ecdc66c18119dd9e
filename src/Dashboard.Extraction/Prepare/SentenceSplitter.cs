using Dashboard.Core.Documents;
using Dashboard.Core.Text;
using Dashboard.Extraction.Recognise;

namespace Dashboard.Extraction.Prepare;

/// <summary>Sentences of a passage, from the tokenizer's sentence starts (quotes and abbreviations included).</summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<TextSpan> Split(string text, Passage passage)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(passage);
        return Split(text, Tokenizer.Tokenize(text, passage.Span.Start, passage.Span.End));
    }

    /// <summary>The sentences of a passage of a prepared document, from the tokens the other stages share.</summary>
    internal static IReadOnlyList<TextSpan> Split(PreparedDocument document, Passage passage) =>
        Split(document.Text, PassageTokens.Of(document, passage));

    private static List<TextSpan> Split(string text, List<Token> tokens)
    {
        var sentences = new List<TextSpan>();
        var start = -1;
        var end = -1;
        var quote = -1; // an opening quotation mark right after the text so far: "characters. “He was…" opens the next sentence
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (ReadMore(text, tokens, k) is var label and > 0)
            {
                // a web page's "Read More" link label, inlined with the text: it ends the sentence before it, and the
                // sentence after it begins after it ("…in Lyon. Read More Volunteers provide transport…")
                if (start >= 0)
                {
                    sentences.Add(new TextSpan(start, end));
                }

                (start, quote) = (-1, -1);
                k += label - 1;
                continue;
            }

            // A word in lower case after a full stop continues the sentence: "a 55-year-old Severn, Md. man was arrested".
            if (token.IsWord && token.SentenceStart && start >= 0 && !char.IsLower(text[token.Start]))
            {
                var (until, from) = quote >= 0 ? (quote, quote) : (end, -1);
                var close = until;
                while (close > start && char.IsWhiteSpace(text[close - 1]))
                {
                    close--;
                }

                // a full stop that the next word touches ("$US4.5", "e.g.") ends nothing
                if (close > start && (quote >= 0 || token.Start > end) && IsSentenceEnd(text, close))
                {
                    sentences.Add(new TextSpan(start, close));
                    start = from;
                }
            }

            quote = !token.IsWord && start >= 0 && IsOpeningQuote(text, token.Start) ? token.Start : -1;
            if (start < 0)
            {
                start = token.Start;
            }

            end = token.End;
        }

        if (start >= 0)
        {
            sentences.Add(new TextSpan(start, end));
        }

        return sentences;
    }

    /// <summary>
    /// How many tokens a "Read More" link label takes at <paramref name="k"/> ("Read More", "READ MORE:", "Read more:"), or
    /// 0: the words capitalised as a label, not the verb phrase of a sentence ("read more books").
    /// </summary>
    private static int ReadMore(string text, List<Token> tokens, int k)
    {
        if (k + 1 >= tokens.Count || !tokens[k].IsWord || !tokens[k + 1].IsWord || tokens[k + 1].Start - tokens[k].End != 1
            || text.AsSpan(tokens[k].Start, tokens[k].Length) is not ("Read" or "READ"))
        {
            return 0;
        }

        var more = text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length);
        var colon = k + 2 < tokens.Count && !tokens[k + 2].IsWord && text[tokens[k + 2].Start] == ':';
        return more is "More" or "MORE" || more is "more" && colon ? (colon ? 3 : 2) : 0;
    }

    /// <summary>Whether the mark at <paramref name="at"/> opens a quotation: a left double quote, or a straight one after a space and before a letter.</summary>
    private static bool IsOpeningQuote(string text, int at) =>
        text[at] == '\u201C'
        || text[at] == '"' && at > 0 && char.IsWhiteSpace(text[at - 1]) && at + 1 < text.Length && char.IsLetterOrDigit(text[at + 1]);

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Ft", "Gen", "Lt", "Col", "Sgt", "Capt", "Gov", "Govs", "Sen", "Sens", "Rep", "Reps", "Jr", "Sr", "No",
        "vs", "Prof", "Inc", "Ltd", "Co", "Corp", "Adm", "Maj", "Rev", "Fr",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", // "on Sept. 1"
    };

    /// <summary>
    /// A sentence ends after . ! ? (and a closing quote), unless the period closes an abbreviation ("Mr. Dupont", "Sens.
    /// Udall and Heinrich", "ST. LOUIS", "Sept. 1"); a colon or an opening quote does not end one, and an opening quote after the end begins the next.
    /// </summary>
    private static bool IsSentenceEnd(string text, int end)
    {
        var i = end - 1;
        while (i >= 0 && text[i] is '”' or '"' or '’' or '\'' or ')')
        {
            i--;
        }

        if (i < 0 || text[i] is not ('.' or '!' or '?'))
        {
            return false;
        }

        var wordEnd = i;
        var wordStart = wordEnd;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..wordEnd];
        return text[i] != '.' || !(word.Length == 1 || Abbreviations.Contains(word) || IsCapitalsAbbreviation(word));
    }

    /// <summary>An abbreviation written in capitals, as datelines and headlines do: "ST. LOUIS", "GEN. SMITH".</summary>
    private static bool IsCapitalsAbbreviation(string word)
    {
        if (word.Length < 2 || !word.All(char.IsUpper))
        {
            return false;
        }

        return Abbreviations.Contains(string.Concat(word[..1], word[1..].ToLowerInvariant()));
    }
}
