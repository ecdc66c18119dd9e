using Dashboard.Core.Events;

namespace Dashboard.Store.Query;

/// <summary>An actor across the corpus: its stable id, the readable key used in links (<c>russia</c>), name and kind.</summary>
public sealed record ActorRef(string Id, string Key, string Name, ActorKind Kind, string? Country);
