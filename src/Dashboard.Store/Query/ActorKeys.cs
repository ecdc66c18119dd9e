using Dashboard.Core.Events;
using Dashboard.Extraction.Actors;

namespace Dashboard.Store.Query;

/// <summary>
/// Readable, unique keys for actors in links: a country by its name (<c>russia</c>), anyone else by the slug part of
/// the id (<c>person:jane-doe</c> → <c>jane-doe</c>, <c>group:troops:RU</c> → <c>troops-ru</c>). When two actors would
/// share a key, the later one keeps its full id.
/// </summary>
public static class ActorKeys
{
    public static IReadOnlyDictionary<string, string> Assign(IEnumerable<Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in actors.OrderBy(a => a.Kind).ThenBy(a => a.Id, StringComparer.Ordinal))
        {
            if (keys.ContainsKey(actor.Id))
            {
                continue;
            }

            var key = Candidate(actor);
            keys[actor.Id] = taken.Add(key) ? key : actor.Id;
        }

        return keys;
    }

    /// <summary>The key an actor gets unless another actor has it already.</summary>
    public static string Candidate(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Kind == ActorKind.Country)
        {
            return Slug(actor.Name);
        }

        var colon = actor.Id.IndexOf(':', StringComparison.Ordinal);
        return Slug(colon >= 0 ? actor.Id[(colon + 1)..] : actor.Id);
    }

    /// <summary>Lower-case letters and digits joined by single hyphens, accents dropped: the same slugs as actor ids.</summary>
    public static string Slug(string text) => ActorSlug.Of(text);
}
