namespace Dashboard.Store.Query;

/// <summary>A movement event with a known origin: an arrow from <see cref="Origin"/> to <see cref="Place"/>.</summary>
public sealed record MapMovement(string EventId, string Type, PlaceRef Origin, PlaceRef Place, double? Size);
