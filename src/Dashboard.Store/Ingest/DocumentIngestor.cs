using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Core.Documents;
using Dashboard.Core.Extraction;
using Dashboard.Extraction.Pipeline;
using Dashboard.Extraction.Prepare;
using Dashboard.Store.Sqlite;

namespace Dashboard.Store.Ingest;

/// <summary>
/// Checks, extracts and stores documents one at a time. Every refusal is a message; nothing is stored for a refused
/// document, and a document is stored with its whole extraction or not at all.
/// </summary>
public sealed class DocumentIngestor(IDocumentStore store, NewsPipeline pipeline, IngestLimits limits, TimeProvider clock)
{
    /// <summary>Checks, extracts and stores one document.</summary>
    public IngestResult Ingest(IngestItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var prepared = Prepare(item);
        if (prepared.Result is { } done)
        {
            return done;
        }

        var (outcome, id) = store.Save(prepared.Document!.Document, prepared.Document.ContentHash, prepared.Document.SourceName, prepared.Document.Extraction, clock.GetUtcNow());
        return prepared.Pending! with { Outcome = outcome, DocumentId = id };
    }

    /// <summary>
    /// Ingests many items, reporting each result in order: items are checked and extracted on one thread per core while
    /// the caller's thread stores, and what is ready is stored together in one transaction (up to
    /// <paramref name="batch"/> documents), so a bulk ingest pays for a commit per batch. Stopping midway leaves whole
    /// documents only.
    /// </summary>
    public void IngestAll(IEnumerable<IngestItem> items, Action<IngestResult> report, int batch = 32)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        using var work = new OrderedWork<IngestItem, Prepared>(items, Prepare, Math.Clamp(Environment.ProcessorCount, 1, 8), batch * 2);
        var ready = new List<Prepared>();
        while (work.Take(out var first))
        {
            ready.Add(first);
            while (ready.Count < batch && work.TryTakeReady(out var next))
            {
                ready.Add(next);
            }

            var toSave = ready.Where(p => p.Document is not null).Select(p => p.Document!).ToList();
            var saved = toSave.Count == 0 ? [] : store.SaveAll(toSave, clock.GetUtcNow());
            var index = 0;
            foreach (var prepared in ready)
            {
                report(prepared.Result ?? prepared.Pending! with { Outcome = saved[index].Outcome, DocumentId = saved[index++].Id });
            }

            ready.Clear();
        }
    }

    /// <summary>Checks, decodes and extracts one item: a result when it is refused or already stored, else what to save.</summary>
    private Prepared Prepare(IngestItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var name = item.Name ?? (string.IsNullOrWhiteSpace(item.FileName) ? "pasted text" : Path.GetFileName(item.FileName));
        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(item.Published))
        {
            if (!DateOnly.TryParseExact(item.Published.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return Prepared.Done(IngestResult.Refused(name, $"{name}: the publication date '{item.Published}' is not a date as YYYY-MM-DD."));
            }

            published = day;
        }

        Uri? url = null;
        if (!string.IsNullOrWhiteSpace(item.Url))
        {
            if (!Uri.TryCreate(item.Url.Trim(), UriKind.Absolute, out url) || url.Scheme is not ("http" or "https"))
            {
                return Prepared.Done(IngestResult.Refused(name, $"{name}: the URL '{item.Url}' is not an http or https address."));
            }
        }

        var decoded = DocumentDecoder.Decode(item.FileName ?? string.Empty, item.Content, limits);
        if (!decoded.IsSuccess)
        {
            return Prepared.Done(IngestResult.Refused(name, decoded.Error!));
        }

        var isHtml = Path.GetExtension(item.FileName ?? string.Empty).ToLowerInvariant() is ".html" or ".htm";
        if (isHtml && HtmlNesting.Exceeds(decoded.Value))
        {
            return Prepared.Done(IngestResult.Refused(name, $"{name}: the page nests elements more than {HtmlNesting.MaxDepth} levels deep; it is not read (no article page does)."));
        }

        var text = isHtml ? HtmlArticle.ToText(decoded.Value) : decoded.Value.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Prepared.Done(IngestResult.Refused(name, $"{name}: no article text was found in it."));
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        if (store.FindIdByHash(hash) is { } existing)
        {
            return Prepared.Done(new IngestResult(name, SaveOutcome.Unchanged, existing, item.Title, 0, 0, null));
        }

        var from = item.PublishedFrom ?? PublishedFrom.Given;
        if (published is null && StatedDate.Find(decoded.Value, isHtml) is { } stated)
        {
            (published, from) = (stated, PublishedFrom.Text);
        }

        if (pipeline.ExtractWithin(limits.ExtractionBudget, text, published) is not { } extraction)
        {
            return Prepared.Done(IngestResult.Refused(name,
                $"{name}: extraction took longer than its budget of {limits.ExtractionBudget.TotalSeconds:0.#} s and was stopped; nothing stored (split the document, or raise the budget)."));
        }

        var title = FirstNonBlank(item.Title, extraction.Document.Title, Path.GetFileNameWithoutExtension(name), "Untitled");
        var metadata = new DocumentMetadata(title, item.Outlet?.Trim() ?? string.Empty, published, url) { PublishedFrom = published is null ? PublishedFrom.Unknown : from, Feed = item.Feed };
        var document = new CorpusDocument(hash[..16], metadata, text);
        return new Prepared(null, new DocumentToSave(document, hash, name, extraction), new IngestResult(name, null, null, title, extraction.Places.Count, extraction.Events.Count, null));
    }

    /// <summary>One item after checking and extraction: a final result, or a document to save with its pending result.</summary>
    private sealed record Prepared(IngestResult? Result, DocumentToSave? Document, IngestResult? Pending)
    {
        public static Prepared Done(IngestResult result) => new(result, null, null);
    }

    /// <summary>Runs the current pipeline again over every stored document; corrections stay and apply again.</summary>
    public int ReextractAll()
    {
        var count = 0;
        // Reads only the texts, so that extractions an older version wrote (or a damaged row) do not stop the repair.
        foreach (var (id, text, published) in store.Sources())
        {
            var result = pipeline.Extract(text, published);
            if (store.ReplaceExtraction(id, result))
            {
                count++;
            }
        }

        return count;
    }

    private static string FirstNonBlank(params string?[] values) => values.First(v => !string.IsNullOrWhiteSpace(v))!.Trim();
}
