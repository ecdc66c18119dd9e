namespace Dashboard.Core.Documents;

/// <summary>An article of a corpus: a stable id, its metadata and its original text.</summary>
public sealed record CorpusDocument
{
    public CorpusDocument(string id, DocumentMetadata metadata, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Metadata = metadata;
        Text = text;
    }

    public string Id { get; }

    public DocumentMetadata Metadata { get; }

    public string Text { get; }
}
