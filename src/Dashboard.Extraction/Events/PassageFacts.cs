using Dashboard.Core.Events;
using Dashboard.Core.Places;
using Dashboard.Core.Text;
using Dashboard.Core.Time;

namespace Dashboard.Extraction.Events;

/// <summary>The facts of one passage the events of its sentences draw on.</summary>
internal sealed class PassageFacts
{
    public List<ResolvedPlace> Places { get; } = [];

    public List<TimeExpression> Dates { get; } = [];

    public List<Quantity> Quantities { get; } = [];

    public List<(string Id, ActorKind Kind, TextSpan Span)> Actors { get; } = [];

    /// <summary>Where the article's dateline stands, in the passage that opens with it (<see cref="DatelinePlace"/>): "SEOUL, South Korea (CNN) -".</summary>
    public TextSpan? Dateline { get; set; }

    /// <summary>
    /// Whether the dateline only says where the story was filed ("DUBAI, Sept 21 (Reuters) - Iranian security forces…":
    /// nothing else the article names lies in its country): no happening is placed there.
    /// </summary>
    public bool FiledOnly { get; set; }
}
