using Dashboard.Core.Events;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Actors;

/// <summary>Collects mentions per actor id, keeping the first name, kind, country and role seen.</summary>
internal sealed class ActorBuilder
{
    private readonly Dictionary<string, (string Name, ActorKind Kind, string? Country, string? Role, List<TextSpan> Mentions)> _actors = [];
    private readonly List<string> _people = [];

    public void Add(string id, string name, ActorKind kind, string? country, string? role, TextSpan mention)
    {
        if (!_actors.TryGetValue(id, out var actor))
        {
            actor = (name, kind, country, role, []);
            _actors[id] = actor;
            if (kind == ActorKind.Person)
            {
                _people.Add(id);
            }
        }

        // Mentions arrive nearly in text order: a repeat or an overlap can only be with one of the last few.
        for (var i = actor.Mentions.Count - 1; i >= Math.Max(0, actor.Mentions.Count - 4); i--)
        {
            if (actor.Mentions[i].Overlaps(mention))
            {
                return;
            }
        }

        actor.Mentions.Add(mention);
    }

    public bool Contains(string id) => _actors.ContainsKey(id);

    /// <summary>Whether a person has been found so far.</summary>
    public bool HasPeople => _people.Count > 0;

    /// <summary>The ids of the people found so far, in the order found (no allocation per call).</summary>
    public IReadOnlyList<string> PersonIds => _people;

    public IEnumerable<(string Id, string? Country, string? Role)> People =>
        _people.Select(id => (id, _actors[id].Country, _actors[id].Role));

    public string NameOf(string id) => _actors[id].Name;

    /// <summary>The title the person was first named with ("Prime Minister"), or null.</summary>
    public string? RoleOf(string id) => _actors[id].Role;

    /// <summary>The ids of the organisations found so far.</summary>
    public IEnumerable<string> Organisations => _actors.Where(a => a.Value.Kind == ActorKind.Organisation).Select(a => a.Key);

    /// <summary>Every actor, in order of first mention, each with its mentions in text order.</summary>
    public IReadOnlyList<Actor> Build() => _actors
        .Select(a => new Actor(a.Key, a.Value.Name, a.Value.Kind, a.Value.Country, a.Value.Role,
            a.Value.Mentions.OrderBy(m => m.Start).ToList()))
        .OrderBy(a => a.Mentions[0].Start).ThenBy(a => a.Id, StringComparer.Ordinal)
        .ToList();
}
