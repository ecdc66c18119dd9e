using System.Globalization;
using System.Text;
using Dashboard.Core.Results;
using Dashboard.Store.Corpus;

namespace Dashboard.Store.Ingest;

/// <summary>The documents of a corpus folder (a <c>manifest.json</c> like the demo corpus's) as ingest items.</summary>
public static class ManifestItems
{
    public static Result<(IReadOnlyList<IngestItem> Items, IReadOnlyList<string> Problems)> Read(string folder)
    {
        var load = CorpusManifest.Load(folder);
        if (!load.IsSuccess)
        {
            return Result<(IReadOnlyList<IngestItem>, IReadOnlyList<string>)>.Failure(load.Error!);
        }

        IReadOnlyList<IngestItem> items =
        [
            .. load.Value.Documents.Select(d => new IngestItem(
                d.Id + ".txt",
                Encoding.UTF8.GetBytes(d.Text),
                d.Metadata.Title,
                d.Metadata.Outlet,
                d.Metadata.Url?.ToString(),
                d.Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        ];
        return Result<(IReadOnlyList<IngestItem>, IReadOnlyList<string>)>.Success((items, load.Value.Problems));
    }
}
