using Dashboard.Core.Text;

namespace Dashboard.Core.Events;

/// <summary>
/// Someone who acts in the news: a country (from its name, adjective or a metonym such as "Moscow" or "the Kremlin"),
/// an organisation, a person (with role and affiliation) or a group ("protesters", "Russian troops").
/// <see cref="Id"/> is stable across documents ("country:RU", "org:csto", "person:vladimir-putin", "group:troops:RU"),
/// so filters and cross-document merging use it.
/// </summary>
public sealed record Actor(string Id, string Name, ActorKind Kind, string? Country, string? Role, IReadOnlyList<TextSpan> Mentions);
