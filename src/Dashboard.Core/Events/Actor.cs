using Dashboard.Core.Text;

namespace Dashboard.Core.Events;

/// <summary>
/// Someone who acts in the news: a country (from its name, adjective or a metonym such as "Madrid" or "the Elysée"),
/// an organisation, a person (with role and affiliation) or a group ("protesters", "French troops").
/// <see cref="Id"/> is stable across documents ("country:FR", "org:csto", "person:jean-dupont", "group:troops:FR"),
/// so filters and cross-document merging use it.
/// </summary>
public sealed record Actor(string Id, string Name, ActorKind Kind, string? Country, string? Role, IReadOnlyList<TextSpan> Mentions);
