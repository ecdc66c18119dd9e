using Dashboard.Store.Sqlite;

namespace Dashboard.Store.Ingest;

/// <summary>What happened to one document: stored (added, unchanged, replaced) with its id and counts, or refused and why.</summary>
public sealed record IngestResult(string FileName, SaveOutcome? Outcome, string? DocumentId, string? Title, int Places, int Events, string? Error)
{
    public bool Succeeded => Error is null;

    public static IngestResult Refused(string fileName, string message) => new(fileName, null, null, null, 0, 0, message);

    public string Message => Error ?? Outcome switch
    {
        SaveOutcome.Unchanged => $"{FileName}: already in the store (identical content); nothing added.",
        SaveOutcome.Replaced => $"{FileName}: replaced the earlier version with the same URL — {Places} place mentions, {Events} events.",
        _ => $"{FileName}: added — {Places} place mentions, {Events} events.",
    };
}
