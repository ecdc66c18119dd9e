using Dashboard.Core.Events;

namespace Dashboard.Extraction.Events;

/// <summary>
/// A state's own institutions act where the state rules: "Police arrested 12 people in Lodwar", "authorities evacuated
/// 3,000 residents" in a town of Kenya are Kenya's police and authorities, although the sentence names no country. A
/// happening done only by such bare groups (police, border guards, gendarmes; government, authorities, officials,
/// prosecutors, lawmakers; the army, soldiers, the navy: the kinds police, officials and military of actor-groups.txt,
/// not representatives such as leaders or diplomats, who act for their side wherever they are, nor peacekeepers or
/// coalition forces, who serve outside their own state) and placed in a country the article names as an actor takes
/// that country as its first actor, as a bare "troops" takes the state last named as moving forces (<c>WithMover</c>).
/// Only happenings done where they are placed qualify (arrests, violence, deployments, evacuations, other happenings
/// such as curfews and closures, and aid given, asked for or carried there: "the army distributed food in Lodwar"): a
/// statement or a meeting has no place of its own, and its bare group is as often the one spoken of ("accused the army
/// of…"); a withdrawal is placed where it leaves from. It runs on the merged events: a country read from the place is no evidence
/// that two reports tell one happening.
/// </summary>
internal static class DomesticInstitutions
{
    /// <summary>Puts the country of its place before the actors of every event done only by a state's bare institutions.</summary>
    /// <param name="events">The article's events, merged and placed; changed in place.</param>
    /// <param name="roles">Group kinds by actor id ("police", "officials", "representatives"…).</param>
    /// <param name="actors">The article's actors: only a country among them is given.</param>
    public static void Attribute(List<NewsEvent> events, IReadOnlyDictionary<string, string> roles, IReadOnlyList<Actor> actors)
    {
        HashSet<string>? countries = null;
        for (var k = 0; k < events.Count; k++)
        {
            var e = events[k];
            if (e.Type is not ("arrest" or "violence" or "deploy" or "evacuate" or "other" or "offer_support" or "request_support" or "transport") || e.Actors.Count == 0
                || e.Place?.Choice?.Country is not { Length: 2 } iso2 || !Institutions(e.Actors, roles))
            {
                continue;
            }

            countries ??= actors.Where(a => a.Kind == ActorKind.Country).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var country = "country:" + iso2;
            if (countries.Contains(country))
            {
                events[k] = e with { Actors = [country, .. e.Actors] };
            }
        }
    }

    /// <summary>Whether every actor is a bare group (no country, no name) of the kind police, officials or military.</summary>
    private static bool Institutions(IReadOnlyList<string> ids, IReadOnlyDictionary<string, string> roles)
    {
        foreach (var id in ids)
        {
            if (!Retellings.Generic(id) || roles.GetValueOrDefault(id) is not ("police" or "officials" or "military"))
            {
                return false;
            }
        }

        return true;
    }
}
