using Dashboard.Core.Geography;

namespace Dashboard.Core.Places;

/// <summary>
/// A mention with the resolver's choice (null when it abstained), how precisely that places it, the confidence, and
/// the runner-up candidates an analyst may pick instead.
/// </summary>
public sealed record ResolvedPlace(
    PlaceMention Mention,
    PlaceCandidate? Choice,
    PlaceKind Kind,
    GeoPrecision Precision,
    double Confidence,
    IReadOnlyList<PlaceCandidate> Alternatives);
