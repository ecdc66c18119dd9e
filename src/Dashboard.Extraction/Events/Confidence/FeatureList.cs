namespace Dashboard.Extraction.Events.Confidence;

/// <summary>Keeps the features as strings, in order (for training and for <see cref="EventCandidate"/>).</summary>
internal sealed class FeatureList : IFeatureSink
{
    public List<string> Features { get; } = new(28);

    public void Add(ReadOnlySpan<char> feature) => Features.Add(feature.ToString());
}
