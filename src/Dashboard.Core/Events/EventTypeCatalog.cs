using System.Collections.Frozen;

namespace Dashboard.Core.Events;

/// <summary>
/// The event types of the vocabulary, in the order the filter panel and the legend list them; the one place the
/// program learns their labels, colours and glyphs (loaded from <c>event-types.tsv</c>). A name it does not know is
/// shown as <c>other</c>.
/// </summary>
public sealed class EventTypeCatalog
{
    public const string Other = "other";

    private readonly FrozenDictionary<string, EventType> _byName;

    public EventTypeCatalog(IEnumerable<EventType> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        All = [.. types];
        var byName = new Dictionary<string, EventType>(StringComparer.Ordinal);
        foreach (var type in All)
        {
            if (!byName.TryAdd(type.Name, type))
            {
                throw new ArgumentException($"The event type '{type.Name}' is listed twice.", nameof(types));
            }
        }

        if (!byName.ContainsKey(Other))
        {
            throw new ArgumentException($"The event types must include '{Other}'.", nameof(types));
        }

        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        Names = _byName.Keys.ToFrozenSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<EventType> All { get; }

    public FrozenSet<string> Names { get; }

    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <summary>The type of this name, or <c>other</c>.</summary>
    public EventType Of(string name) => _byName.TryGetValue(name, out var type) ? type : _byName[Other];

    public string Label(string name) => _byName.TryGetValue(name, out var type) ? type.Label : name;
}
