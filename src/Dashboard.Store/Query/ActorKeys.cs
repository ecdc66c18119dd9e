using System.Globalization;
using System.Text;
using Dashboard.Core.Events;

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

    private static string Candidate(Actor actor)
    {
        if (actor.Kind == ActorKind.Country)
        {
            return Slug(actor.Name);
        }

        var colon = actor.Id.IndexOf(':', StringComparison.Ordinal);
        return Slug(colon >= 0 ? actor.Id[(colon + 1)..] : actor.Id);
    }

    /// <summary>Lower-case ASCII letters and digits joined by single hyphens; accents are dropped.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
