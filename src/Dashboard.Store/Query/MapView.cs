namespace Dashboard.Store.Query;

/// <summary>
/// What the map draws for a filter and a viewport: single places (points, areas, lines), cells where points were too
/// many, and movements. <see cref="Truncated"/> says that areas or movements were cut to their limits.
/// </summary>
public sealed record MapView(IReadOnlyList<MapPlace> Places, IReadOnlyList<MapCell> Cells, IReadOnlyList<MapMovement> Movements, bool Truncated);
