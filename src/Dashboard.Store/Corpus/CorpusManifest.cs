using System.Globalization;
using System.Text.Json;
using Dashboard.Core.Documents;
using Dashboard.Core.Results;

namespace Dashboard.Store.Corpus;

/// <summary>
/// Reads a corpus folder: a <c>manifest.json</c> (<c>{"documents": [{"file", "title", "outlet", "published", "url"}]}</c>)
/// and the text files it names. Every problem is reported per document; good documents still load.
/// </summary>
public static class CorpusManifest
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Result<CorpusLoad> Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return Result<CorpusLoad>.Failure($"No {FileName} in '{folder}'.");
        }

        ManifestFile? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ManifestFile>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            return Result<CorpusLoad>.Failure($"{path} is not valid JSON: {e.Message}");
        }

        if (manifest?.Documents is null)
        {
            return Result<CorpusLoad>.Failure($"{path} has no \"documents\" list.");
        }

        var documents = new List<CorpusDocument>();
        var problems = new List<string>();
        foreach (var entry in manifest.Documents)
        {
            var document = ReadEntry(folder, entry);
            if (document.IsSuccess)
            {
                documents.Add(document.Value);
            }
            else
            {
                problems.Add(document.Error!);
            }
        }

        return Result<CorpusLoad>.Success(new CorpusLoad(documents, problems));
    }

    private static Result<CorpusDocument> ReadEntry(string folder, ManifestEntry entry)
    {
        if (string.IsNullOrWhiteSpace(entry.File) || entry.File.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(entry.File))
        {
            return Result<CorpusDocument>.Failure($"A manifest entry names no usable file ('{entry.File}').");
        }

        if (string.IsNullOrWhiteSpace(entry.Title))
        {
            return Result<CorpusDocument>.Failure($"'{entry.File}': the manifest gives no title.");
        }

        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(entry.Published))
        {
            if (!DateOnly.TryParseExact(entry.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Result<CorpusDocument>.Failure($"'{entry.File}': publication date '{entry.Published}' is not YYYY-MM-DD.");
            }

            published = date;
        }

        Uri? url = null;
        if (!string.IsNullOrWhiteSpace(entry.Url) && !Uri.TryCreate(entry.Url, UriKind.Absolute, out url))
        {
            return Result<CorpusDocument>.Failure($"'{entry.File}': '{entry.Url}' is not an absolute URL.");
        }

        var textPath = Path.Combine(folder, entry.File);
        if (!File.Exists(textPath))
        {
            return Result<CorpusDocument>.Failure($"'{entry.File}' is listed in the manifest but missing.");
        }

        var id = Path.GetFileNameWithoutExtension(entry.File);
        var metadata = new DocumentMetadata(entry.Title, entry.Outlet ?? string.Empty, published, url);
        return Result<CorpusDocument>.Success(new CorpusDocument(id, metadata, File.ReadAllText(textPath)));
    }

    private sealed record ManifestFile(List<ManifestEntry>? Documents);

    private sealed record ManifestEntry(string? File, string? Title, string? Outlet, string? Published, string? Url);
}
