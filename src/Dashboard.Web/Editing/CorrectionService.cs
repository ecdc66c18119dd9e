using Dashboard.Core.Geography;
using Dashboard.Core.Places;
using Dashboard.Geo;
using Dashboard.Store.Corrections;
using Dashboard.Store.Query;
using Dashboard.Store.Sqlite;

namespace Dashboard.Web.Editing;

/// <summary>Records an analyst's corrections (stored apart from machine output) and searches the gazetteer for them.</summary>
public sealed class CorrectionService(IDocumentStore store, GeoData geo, TimeProvider clock)
{
    public Correction Reassign(MentionRecord mention, PlaceCandidate place, string author)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return store.AddCorrection(new Correction(0, mention.DocumentId, CorrectionKind.ReassignPlace, mention.Span, null, place, author, clock.GetUtcNow()));
    }

    public Correction NotAPlace(MentionRecord mention, string author)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return store.AddCorrection(new Correction(0, mention.DocumentId, CorrectionKind.NotAPlace, mention.Span, null, null, author, clock.GetUtcNow()));
    }

    public Correction Dismiss(EventRecord e, string author)
    {
        ArgumentNullException.ThrowIfNull(e);
        // Named by type and first evidence sentence, which stay the same when re-extraction renumbers events.
        return store.AddCorrection(new Correction(0, e.DocumentId, CorrectionKind.DismissEvent, e.Evidence[0].Span, e.Type, null, author, clock.GetUtcNow()));
    }

    /// <summary>Gazetteer entries for a name, most populous first, as candidates an analyst can choose.</summary>
    public IReadOnlyList<PlaceCandidate> Search(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        return
        [
            .. geo.Gazetteer.Lookup(name.Trim())
                .OrderByDescending(e => e.Kind is PlaceKind.Country ? long.MaxValue : e.Population)
                .ThenBy(e => e.Kind)
                .ThenBy(e => e.Id, StringComparer.Ordinal)
                .Take(12)
                .Select(e => new PlaceCandidate(e.Id, e.Name, e.Kind, e.Point, e.Country, e.GeonameId, e.Population,
                    e.Kind is PlaceKind.Country or PlaceKind.Region ? GeometryKind.Polygon : GeometryKind.Point, 1.0)),
        ];
    }
}
