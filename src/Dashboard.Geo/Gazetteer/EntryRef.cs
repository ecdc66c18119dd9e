using Dashboard.Core.Geography;

namespace Dashboard.Geo.Gazetteer;

/// <summary>
/// A compact pointer from the name index into one of the gazetteer's tables. <see cref="Primary"/> says whether the
/// name it was found under is the entry's own (name, ASCII name, a country's or region's listed names) rather than an
/// alternate spelling.
/// </summary>
public readonly record struct EntryRef(PlaceKind Table, int Index, bool Primary = true)
{
    /// <summary>Whether both point at the same entry, whatever name they were found under.</summary>
    public bool SameEntry(EntryRef other) => Table == other.Table && Index == other.Index;
}
