namespace Dashboard.Extraction.Events;

/// <summary>
/// The words of a stretch of text as the event rules read them: a run of ASCII letters and hyphens that begins with a
/// letter ("pro-government"), found left to right. A plain scan rather than a regular expression: the rules run it on
/// every sentence of every article.
/// </summary>
internal ref struct LatinWords(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> _text = text;
    private int _next;

    /// <summary>The word found last: its offset in the stretch and its length.</summary>
    public (int Index, int Length) Current { get; private set; }

    public readonly LatinWords GetEnumerator() => this;

    public bool MoveNext()
    {
        var start = _next;
        while (start < _text.Length && !char.IsAsciiLetter(_text[start]))
        {
            start++;
        }

        if (start >= _text.Length)
        {
            _next = start;
            return false;
        }

        var end = start + 1;
        while (end < _text.Length && (char.IsAsciiLetter(_text[end]) || _text[end] == '-'))
        {
            end++;
        }

        Current = (start, end - start);
        _next = end;
        return true;
    }
}
