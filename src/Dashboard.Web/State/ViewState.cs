using System.Collections.Frozen;

namespace Dashboard.Web.State;

/// <summary>
/// Everything a shared link reproduces: filters (as readable link values), the selection, the open article and
/// passage, the viewport and the visible layers.
/// </summary>
public sealed record ViewState
{
    public static ViewState Default { get; } = new();

    /// <summary>Actor keys as links spell them (<c>russia</c>), in the order chosen.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    public IReadOnlyList<string> Types { get; init; } = [];

    public IReadOnlyList<string> Documents { get; init; } = [];

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Text { get; init; }

    /// <summary>Only events whose own clause states their date (link: <c>dates=stated</c>).</summary>
    public bool StatedDatesOnly { get; init; }

    /// <summary>Only events whose own sentence states their place (link: <c>places=stated</c>).</summary>
    public bool StatedPlacesOnly { get; init; }

    /// <summary>
    /// Only events whose confidence is at least this probability (link: <c>conf=0.45</c>): "hide doubtful events" sets it
    /// to the confidence model's threshold (<see cref="DoubtfulEvents"/>). A link keeps the number (read in steps of 0.05, at
    /// most 0.95: <see cref="ViewStateCodec.ConfidenceStep"/>), so it reopens the same view after the model changes.
    /// </summary>
    public double? MinConfidence { get; init; }

    /// <summary>The selected place id, or <c>event:</c> and an event id.</summary>
    public string? Selection { get; init; }

    /// <summary>The document open in the reader.</summary>
    public string? Reading { get; init; }

    /// <summary>The passage the reader scrolls to.</summary>
    public string? Passage { get; init; }

    public Viewport? At { get; init; }

    public IReadOnlySet<string> Layers { get; init; } = MapLayer.All.ToFrozenSet(StringComparer.Ordinal);

    public bool HasFilters => Actors.Count > 0 || Types.Count > 0 || Documents.Count > 0 || From is not null || To is not null
                              || !string.IsNullOrWhiteSpace(Text) || StatedDatesOnly || StatedPlacesOnly || MinConfidence is not null;

    public ViewState ClearFilters() => this with { Actors = [], Types = [], Documents = [], From = null, To = null, Text = null, StatedDatesOnly = false, StatedPlacesOnly = false, MinConfidence = null };

    /// <summary>Structural equality over the lists and sets, so unchanged states are recognised.</summary>
    public bool SameAs(ViewState other) => other is not null && ViewStateCodec.Format(this) == ViewStateCodec.Format(other);
}
