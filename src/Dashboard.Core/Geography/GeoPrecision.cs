namespace Dashboard.Core.Geography;

/// <summary>How exactly a fact is placed on the map; each precision is drawn differently.</summary>
public enum GeoPrecision
{
    Landmark,
    City,
    Admin,
    Country,
    Region,
    Border,
}
