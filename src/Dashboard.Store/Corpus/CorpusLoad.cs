using Dashboard.Core.Documents;

namespace Dashboard.Store.Corpus;

/// <summary>The documents of a corpus folder that could be read, and a message for each that could not.</summary>
public sealed record CorpusLoad(IReadOnlyList<CorpusDocument> Documents, IReadOnlyList<string> Problems);
