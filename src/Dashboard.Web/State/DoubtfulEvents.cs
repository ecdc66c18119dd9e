namespace Dashboard.Web.State;

/// <summary>
/// The confidence below which the dashboard calls an event doubtful: the threshold of the pipeline's confidence model
/// (<c>wwwroot-data/models/event-confidence.tsv</c>), or null when the pipeline has no model and events are unscored
/// (then the "hide doubtful events" control is not offered).
/// </summary>
public sealed record DoubtfulEvents
{
    /// <param name="below">The model's threshold, taken in the steps a link reads (<see cref="ViewStateCodec.ConfidenceStep"/>),
    /// so that the box, the link it writes and the map's requests all keep the same events.</param>
    public DoubtfulEvents(double? below) =>
        Below = Dashboard.Core.Events.Probability.Checked(below, nameof(below)) is { } b ? ViewStateCodec.ConfidenceStep(b) : null;

    public double? Below { get; }
}
