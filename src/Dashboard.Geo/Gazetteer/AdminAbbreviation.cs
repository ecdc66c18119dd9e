namespace Dashboard.Geo.Gazetteer;

/// <summary>
/// An abbreviation of a first-level region: postal ("CA", "BC", "NSW") or news style ("Calif.", "B.C.").
/// Postal forms are ordinary words too ("IN", "OR"), so they count only where an address is written ("Salem, OR").
/// </summary>
public sealed record AdminAbbreviation(string Abbreviation, string Admin1, string Style)
{
    public bool IsPostal => Style == "postal";
}
