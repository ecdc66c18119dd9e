using Dashboard.Core.Text;

namespace Dashboard.Core.Places;

/// <summary>A span of text that names a place, literally (a location) or associatively (a people, a government).</summary>
public sealed record PlaceMention
{
    public PlaceMention(TextSpan span, string surface, bool literal, MentionCue cue, string passageId)
    {
        span.RequireSurface(surface, nameof(surface));

        Span = span;
        Surface = surface;
        Literal = literal;
        Cue = cue;
        PassageId = passageId;
    }

    public TextSpan Span { get; }

    public string Surface { get; }

    public bool Literal { get; }

    public MentionCue Cue { get; }

    public string PassageId { get; }
}
