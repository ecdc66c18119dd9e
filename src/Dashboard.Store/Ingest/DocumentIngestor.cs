using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Core.Documents;
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
    public IngestResult Ingest(IngestItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var name = string.IsNullOrWhiteSpace(item.FileName) ? "pasted text" : Path.GetFileName(item.FileName);
        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(item.Published))
        {
            if (!DateOnly.TryParseExact(item.Published.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return IngestResult.Refused(name, $"{name}: the publication date '{item.Published}' is not a date as YYYY-MM-DD.");
            }

            published = day;
        }

        Uri? url = null;
        if (!string.IsNullOrWhiteSpace(item.Url))
        {
            if (!Uri.TryCreate(item.Url.Trim(), UriKind.Absolute, out url) || url.Scheme is not ("http" or "https"))
            {
                return IngestResult.Refused(name, $"{name}: the URL '{item.Url}' is not an http or https address.");
            }
        }

        var decoded = DocumentDecoder.Decode(item.FileName ?? string.Empty, item.Content, limits);
        if (!decoded.IsSuccess)
        {
            return IngestResult.Refused(name, decoded.Error!);
        }

        var isHtml = Path.GetExtension(item.FileName ?? string.Empty).ToLowerInvariant() is ".html" or ".htm";
        var text = isHtml ? HtmlArticle.ToText(decoded.Value) : decoded.Value.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return IngestResult.Refused(name, $"{name}: no article text was found in it.");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        if (store.FindIdByHash(hash) is { } existing)
        {
            return new IngestResult(name, SaveOutcome.Unchanged, existing, item.Title, 0, 0, null);
        }

        published ??= StatedDate.Find(decoded.Value, isHtml);
        var extraction = pipeline.Extract(text, published);
        var title = FirstNonBlank(item.Title, extraction.Document.Title, Path.GetFileNameWithoutExtension(name), "Untitled");
        var document = new CorpusDocument(hash[..16], new DocumentMetadata(title, item.Outlet?.Trim() ?? string.Empty, published, url), text);
        var (outcome, id) = store.Save(document, hash, name, extraction, clock.GetUtcNow());
        return new IngestResult(name, outcome, id, title, extraction.Places.Count, extraction.Events.Count, null);
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
