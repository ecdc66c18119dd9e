namespace Dashboard.Web.State;

/// <summary>
/// The confidence below which the dashboard calls an event doubtful: the threshold of the pipeline's confidence model
/// (<c>wwwroot-data/models/event-confidence.tsv</c>), or null when the pipeline has no model and events are unscored
/// (then the "hide doubtful events" control is not offered).
/// </summary>
public sealed record DoubtfulEvents
{
    public DoubtfulEvents(double? below) => Below = Dashboard.Core.Events.Probability.Checked(below, nameof(below));

    public double? Below { get; }
}
