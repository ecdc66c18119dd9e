using Dashboard.Core.Geography;

namespace Dashboard.Geo.Gazetteer;

/// <summary>A compact pointer from the name index into one of the gazetteer's tables.</summary>
public readonly record struct EntryRef(PlaceKind Table, int Index);
