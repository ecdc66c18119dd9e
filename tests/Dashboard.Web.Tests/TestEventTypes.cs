using Dashboard.Core.Events;
using Dashboard.Extraction.Lexicons;
using Dashboard.Geo.Data;

namespace Dashboard.Web.Tests;

/// <summary>The event types as the app loads them, from the committed event-types.tsv.</summary>
internal static class TestEventTypes
{
    private static readonly Lazy<EventTypeCatalog> Loaded = new(() => LexiconSet.Load(DataRoot.Locate(null).Value).Value.Actors.Types);

    public static EventTypeCatalog Catalog => Loaded.Value;
}
