using Dashboard.Core.Geography;

namespace Dashboard.Geo.Gazetteer;

/// <summary>
/// One candidate for a name, whatever table it comes from. <see cref="Id"/> is stable across builds of the data:
/// <c>gn:&lt;geonameid&gt;</c>, <c>country:&lt;ISO2&gt;</c>, <c>admin:&lt;CC.code&gt;</c>, <c>region:&lt;id&gt;</c>,
/// <c>airport:&lt;ident&gt;</c>.
/// </summary>
public sealed record GazetteerEntry(
    string Id,
    string Name,
    PlaceKind Kind,
    GeoPoint? Point,
    string? Country,
    long Population,
    int? GeonameId);
