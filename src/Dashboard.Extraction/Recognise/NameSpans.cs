using System.Collections.Frozen;
using System.Text;
using Dashboard.Core.Text;
using Dashboard.Extraction.Lexicons;

namespace Dashboard.Extraction.Recognise;

/// <summary>
/// The words of one passage's tokens as text, and the name-span rules both the place recogniser and the actor recogniser
/// read: cached words and slices (looked up as spans, no string per token), person titles of one to three words
/// ("Mr", "Prime Minister", "Gen."), the full stop after an abbreviated title ("Mr. Dupont") and runs of capitalised words.
/// One component, so that the two recognisers cannot drift apart on what a title or a name is.
/// </summary>
internal sealed class NameSpans(string text, List<Token> tokens, LexiconSet lexicons)
{
    /// <summary>The longest person title, in tokens.</summary>
    public const int MaxTitleTokens = 3;

    /// <summary>A title this short is an abbreviation whose full stop belongs to it ("Gen.", "Mr."); after a longer one it ends a sentence.</summary>
    private const int AbbreviatedTitleLength = 4;

    /// <summary>Marks a token's entry of <see cref="_classes"/> as looked up (none of the <see cref="WordClass"/> bits).</summary>
    private const WordClass LookedUp = (WordClass)(1 << 15);

    private readonly string?[] _words = new string?[tokens.Count];
    private readonly WordClass[] _classes = new WordClass[tokens.Count];
    private readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _wordClasses = lexicons.WordClasses.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _otherWordClasses = lexicons.OtherWordClasses.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titles = lexicons.PersonTitles.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titleStarts = lexicons.PersonTitleStarts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The lexicons the word classes come from.</summary>
    public LexiconSet Lexicons => lexicons;

    /// <summary>The passage's tokens.</summary>
    public List<Token> Tokens => tokens;

    public string Word(int j) => _words[j] ??= text[tokens[j].Start..tokens[j].End];

    public ReadOnlySpan<char> WordSpan(int j) => text.AsSpan(tokens[j].Start, tokens[j].End - tokens[j].Start);

    public string Slice(int start, int end) => end - start == 1 ? Word(start) : text[tokens[start].Start..tokens[end - 1].End];

    public ReadOnlySpan<char> SliceSpan(int start, int end) => text.AsSpan(tokens[start].Start, tokens[end - 1].End - tokens[start].Start);

    public TextSpan Span(int start, int end) => new(tokens[start].Start, tokens[end - 1].End);

    /// <summary>Whether the token at <paramref name="j"/> is in one of the lists <paramref name="wordClass"/> names (one look-up a token, whatever is asked).</summary>
    public bool Is(int j, WordClass wordClass)
    {
        var classes = _classes[j];
        if (classes == WordClass.None)
        {
            var word = WordSpan(j);
            classes = LookedUp | ((Ascii.IsValid(word) ? _wordClasses : _otherWordClasses).TryGetValue(word, out var found) ? found : WordClass.None);
            _classes[j] = classes;
        }

        return (classes & wordClass) != WordClass.None;
    }

    /// <summary>Whether the word at <paramref name="j"/> is a person title by itself ("President", "Mr").</summary>
    public bool IsTitleWord(int j) => tokens[j].IsWord && Is(j, WordClass.Title);

    /// <summary>How many tokens (at most <see cref="MaxTitleTokens"/>, not past <paramref name="end"/>) of one person title start at <paramref name="j"/>; 0 if none.</summary>
    public int TitleLength(int j, int end)
    {
        if (j >= tokens.Count || !MayStartTitle(j))
        {
            return 0; // most words start no title: one lookup instead of three
        }

        for (var n = Math.Min(MaxTitleTokens, Math.Min(end, tokens.Count) - j); n >= 1; n--)
        {
            if (tokens[j + n - 1].IsWord && (n == 1 && WordSpan(j)[^1] != '.' ? Is(j, WordClass.Title) : _titles.Contains(SliceSpan(j, j + n).TrimEnd('.'))))
            {
                return n;
            }
        }

        return 0;
    }

    /// <summary>Whether the word at <paramref name="j"/>, without a final period, is a title's first word or not plain ASCII (<see cref="LexiconSet.PersonTitleStarts"/>).</summary>
    private bool MayStartTitle(int j)
    {
        var word = WordSpan(j);
        if (word[^1] != '.')
        {
            return !Ascii.IsValid(word) || Is(j, WordClass.TitleStart);
        }

        var first = word.TrimEnd('.'); // "Gen." as one token: not in the word classes as it is spelt
        return !Ascii.IsValid(first) || _titleStarts.Contains(first);
    }

    /// <summary>
    /// The token after a title of <paramref name="length"/> tokens at <paramref name="j"/>: past the full stop of an
    /// abbreviated title ("Mr. Dupont", "Gen. Smith"), but not past the full stop that ends a sentence after a long one
    /// ("… met the Secretary General. Moscow said").
    /// </summary>
    public int AfterTitle(int j, int length)
    {
        var next = j + length;
        return next < tokens.Count && !tokens[next].IsWord && text[tokens[next].Start] == '.' && tokens[next - 1].Length <= AbbreviatedTitleLength
            ? next + 1
            : next;
    }

    /// <summary>
    /// Whether a middle initial stands at <paramref name="j"/>: one capital letter a space after the word before it, its
    /// full stop right after it, and a capitalised word of two letters or more a space after that ("George W. Bush",
    /// "Paris M. Jones"). "D.C." and "U.S." are one token each, so they are no initials.
    /// </summary>
    public bool MiddleInitialAt(int j) =>
        j > 0 && j + 2 < tokens.Count && tokens[j].IsWord && tokens[j].Length == 1 && char.IsUpper(text[tokens[j].Start])
        && tokens[j].Start - tokens[j - 1].End == 1
        && !tokens[j + 1].IsWord && text[tokens[j + 1].Start] == '.' && tokens[j + 1].Start == tokens[j].End
        && tokens[j + 2].IsWord && tokens[j + 2].Capitalised && tokens[j + 2].Length >= 2 && tokens[j + 2].Start - tokens[j + 1].End == 1;

    /// <summary>How many capitalised words follow one another from <paramref name="j"/> (at most <paramref name="max"/>).</summary>
    public int CapitalisedRun(int j, int max = 4)
    {
        var run = 0;
        while (j + run < tokens.Count && tokens[j + run].IsWord && tokens[j + run].Capitalised && run < max)
        {
            run++;
        }

        return run;
    }
}
