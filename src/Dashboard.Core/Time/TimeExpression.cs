using Dashboard.Core.Text;

namespace Dashboard.Core.Time;

/// <summary>A temporal expression in the text ("on Sunday", "last week", "since 2020") and the dates it means.</summary>
public sealed record TimeExpression
{
    public TimeExpression(TextSpan span, string surface, DateInterval interval, string passageId)
    {
        span.RequireSurface(surface, nameof(surface));

        Span = span;
        Surface = surface;
        Interval = interval;
        PassageId = passageId;
    }

    public TextSpan Span { get; }

    public string Surface { get; }

    public DateInterval Interval { get; }

    public string PassageId { get; }
}
