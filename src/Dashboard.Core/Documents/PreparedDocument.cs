namespace Dashboard.Core.Documents;

/// <summary>
/// The original text as read, split into passages. Offsets everywhere in the pipeline index <see cref="Text"/>.
/// </summary>
public sealed record PreparedDocument
{
    public PreparedDocument(string text, string? title, IReadOnlyList<Passage> passages)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(passages);
        for (var i = 0; i < passages.Count; i++)
        {
            var passage = passages[i];
            if (i > 0 && passage.Span.Start < passages[i - 1].Span.End)
            {
                throw new ArgumentException($"Passage {passage.Id} overlaps or precedes the one before it.", nameof(passages));
            }

            if (passage.Span.End > text.Length)
            {
                throw new ArgumentException($"Passage {passage.Id} {passage.Span} ends beyond the text ({text.Length}).", nameof(passages));
            }
        }

        Text = text;
        Title = title;
        Passages = passages;
    }

    public string Text { get; }

    public string? Title { get; }

    public IReadOnlyList<Passage> Passages { get; }

    /// <summary>The passage containing <paramref name="offset"/>, if any (binary search: passages are in text order).</summary>
    public Passage? PassageAt(int offset) => PassageIndexAt(offset) is var i and >= 0 ? Passages[i] : null;

    /// <summary>The position in <see cref="Passages"/> of the passage containing <paramref name="offset"/>, or -1.</summary>
    public int PassageIndexAt(int offset)
    {
        var (low, high) = (0, Passages.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var span = Passages[middle].Span;
            if (offset < span.Start)
            {
                high = middle - 1;
            }
            else if (offset >= span.End)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }
}
