using Dashboard.Core.Extraction;
using Dashboard.Core.Documents;
using Dashboard.Core.Results;
using Dashboard.Store.Corrections;

namespace Dashboard.Store.Sqlite;

/// <summary>
/// The write side of the store: documents with their extraction, corrections, metadata, backup. SQLite implements it
/// now; a PostgreSQL/PostGIS provider would implement the same contract (atomic per-document saves, dedupe by content
/// hash, replace by URL, corrections kept apart).
/// </summary>
public interface IDocumentStore
{
    /// <summary>Where the store is (a file path or a connection description), for messages.</summary>
    string Path { get; }

    int DocumentCount { get; }

    string? FindIdByHash(string contentHash);

    (SaveOutcome Outcome, string Id) Save(CorpusDocument document, string contentHash, string? sourceName, ExtractionResult extraction, DateTimeOffset now);

    /// <summary>Saves several documents in one transaction (all or none), each as <see cref="Save"/> would.</summary>
    IReadOnlyList<(SaveOutcome Outcome, string Id)> SaveAll(IReadOnlyList<DocumentToSave> documents, DateTimeOffset now);

    bool ReplaceExtraction(string documentId, ExtractionResult extraction);

    IReadOnlyList<StoredDocument> LoadAll();

    IReadOnlyList<string> LoadProblems { get; }

    IReadOnlyList<(string Id, string Text, DateOnly? Published)> Sources();

    IReadOnlyList<string> Verify();

    Correction AddCorrection(Correction correction);

    IReadOnlyList<Correction> Corrections();

    string? GetMeta(string key);

    void SetMeta(string key, string value);

    void Backup(string destination);

    Result<int> Restore(string backup);
}
