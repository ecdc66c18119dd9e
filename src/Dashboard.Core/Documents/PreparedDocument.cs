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
        foreach (var passage in passages)
        {
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

    /// <summary>The passage containing <paramref name="offset"/>, if any.</summary>
    public Passage? PassageAt(int offset)
    {
        foreach (var passage in Passages)
        {
            if (offset >= passage.Span.Start && offset < passage.Span.End)
            {
                return passage;
            }
        }

        return null;
    }
}
