using Dashboard.Core.Documents;
using Dashboard.Store.Corpus;

namespace Dashboard.Web.Hosting;

/// <summary>The documents the dashboard shows, and the problems met while reading them (shown, never thrown).</summary>
public sealed record CorpusCatalog(IReadOnlyList<CorpusDocument> Documents, IReadOnlyList<string> Problems)
{
    public static CorpusCatalog Load(string folder)
    {
        var load = CorpusManifest.Load(folder);
        return load.IsSuccess
            ? new CorpusCatalog(load.Value.Documents, load.Value.Problems)
            : new CorpusCatalog([], [load.Error!]);
    }
}
