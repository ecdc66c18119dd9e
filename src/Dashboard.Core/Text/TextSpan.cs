namespace Dashboard.Core.Text;

/// <summary>
/// A half-open range [Start, End) of UTF-16 code units in a document's original text.
/// </summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public bool IsEmpty => Start == End;

    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The covered text; throws when the span does not lie inside <paramref name="text"/>.</summary>
    public string Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (End > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(text), $"Span {this} ends beyond a text of length {text.Length}.");
        }

        return text[Start..End];
    }

    /// <summary>Throws unless <paramref name="surface"/> is as long as the span (a fact's surface text is its span's text).</summary>
    public void RequireSurface(string surface, string paramName)
    {
        ArgumentNullException.ThrowIfNull(surface, paramName);
        if (surface.Length != Length)
        {
            throw new ArgumentException($"Surface '{surface}' does not fit span {this}.", paramName);
        }
    }

    public override string ToString() => $"[{Start}, {End})";
}
