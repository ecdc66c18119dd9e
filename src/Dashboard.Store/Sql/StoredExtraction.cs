using Dashboard.Core.Extraction;
using System.Text.Json;
using Dashboard.Core.Documents;
using Dashboard.Core.Events;
using Dashboard.Core.Places;
using Dashboard.Core.Time;
using Dashboard.Store.Sqlite;

namespace Dashboard.Store.Sql;

/// <summary>
/// The extraction as the stores keep it: the JSON of <see cref="ExtractionResult"/> without the article text, which is
/// stored once in its own column and put back when the extraction is read. Written in one pass through a form that
/// leaves the text out; extractions stored with their text (schema 1) read the same way, the text ignored.
/// </summary>
internal static class StoredExtraction
{
    public static string Write(ExtractionResult extraction) =>
        JsonSerializer.Serialize(
            new Form(new DocumentPart(extraction.Document.Title, extraction.Document.Passages), extraction.Places, extraction.Dates,
                extraction.Actors, extraction.Quantities, extraction.Events),
            ExtractionSerializer.Options);

    public static ExtractionResult Read(string json, string text)
    {
        var form = JsonSerializer.Deserialize<Form>(json, ExtractionSerializer.Options) ?? throw new JsonException("The stored extraction is empty.");
        if (form.Document is null)
        {
            throw new JsonException("The stored extraction has no document.");
        }

        return new ExtractionResult(new PreparedDocument(text, form.Document.Title, form.Document.Passages ?? []), form.Places ?? [], form.Dates ?? [])
        {
            Actors = form.Actors ?? [],
            Quantities = form.Quantities ?? [],
            Events = form.Events ?? [],
        };
    }

    private sealed record DocumentPart(string? Title, IReadOnlyList<Passage>? Passages);

    private sealed record Form(
        DocumentPart? Document,
        IReadOnlyList<ResolvedPlace>? Places,
        IReadOnlyList<TimeExpression>? Dates,
        IReadOnlyList<Actor>? Actors,
        IReadOnlyList<Quantity>? Quantities,
        IReadOnlyList<NewsEvent>? Events);
}
