using Dashboard.Store.Query;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Web.State;

/// <summary>
/// Looks up only the actors and documents a link names, so that reading a link costs the same whatever the corpus
/// size: the codec then checks the link against them.
/// </summary>
public static class LinkTargets
{
    public static async Task<(IReadOnlyList<ActorRef> Actors, IReadOnlyList<string> Documents)> FindAsync(
        IDashboardQueries store, IEnumerable<KeyValuePair<string, StringValues>> query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        var pairs = query.ToList();
        var actorNames = Values(pairs, "actor");
        var documentIds = Values(pairs, "doc").Concat(Values(pairs, "read")).Distinct(StringComparer.Ordinal).ToList();
        var actors = actorNames.Count == 0 ? [] : await store.FindActorsAsync(actorNames, cancellationToken).ConfigureAwait(false);
        var documents = documentIds.Count == 0 ? []
            : (await store.DocumentsAsync(DocumentQuery.ByIds(documentIds), cancellationToken).ConfigureAwait(false)).Select(d => d.Id).ToList();
        return (actors, documents);
    }

    private static List<string> Values(List<KeyValuePair<string, StringValues>> pairs, string name) =>
        [.. pairs.Where(p => p.Key == name).SelectMany(p => p.Value).OfType<string>().Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Take(200)];
}
