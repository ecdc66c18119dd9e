using Dashboard.Core.Text;

namespace Dashboard.Core.Documents;

/// <summary>A paragraph of the original text, with a stable id ("p3") and its role.</summary>
public sealed record Passage
{
    public Passage(string id, PassageKind kind, TextSpan span)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Kind = kind;
        Span = span;
    }

    public string Id { get; }

    public PassageKind Kind { get; }

    public TextSpan Span { get; }
}
