using Dashboard.Core.Geography;
using Dashboard.Core.Places;

namespace Dashboard.Core.Places;

/// <summary>
/// The precision a place is known to: one mapping for the resolver's choices and for places an analyst assigns by hand.
/// </summary>
public static class PlacePrecision
{
    public static GeoPrecision Of(PlaceCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return candidate.Id.StartsWith("admin2:", StringComparison.Ordinal) ? GeoPrecision.Admin : Of(candidate.Kind);
    }

    public static GeoPrecision Of(PlaceKind kind) => kind switch
    {
        PlaceKind.Country => GeoPrecision.Country,
        PlaceKind.Region => GeoPrecision.Region,
        PlaceKind.Admin => GeoPrecision.Admin,
        PlaceKind.Border => GeoPrecision.Border,
        PlaceKind.Airport or PlaceKind.Landmark => GeoPrecision.Landmark,
        PlaceKind.Other => GeoPrecision.Region, // seas, rivers, mountain ranges: areas
        _ => GeoPrecision.City,
    };
}
