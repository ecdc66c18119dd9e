namespace Dashboard.Core.Geography;

/// <summary>What a gazetteer entry or resolved place is.</summary>
public enum PlaceKind
{
    City,

    /// <summary>A first-level administrative region (state, province, oblast).</summary>
    Admin,
    Country,

    /// <summary>A group of countries or a continent.</summary>
    Region,
    Border,
    Landmark,
    Airport,
    Other,
}
