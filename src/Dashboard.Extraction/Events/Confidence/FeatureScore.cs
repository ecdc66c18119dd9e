namespace Dashboard.Extraction.Events.Confidence;

/// <summary>
/// Sums a model's weights over the features given to it, looked up by span, so that scoring allocates nothing; the sum
/// runs in the order the features come, as <see cref="EventConfidenceModel.Probability"/> does, and so gives the same number.
/// </summary>
internal sealed class FeatureScore(EventConfidenceModel model) : IFeatureSink
{
    private readonly System.Collections.Frozen.FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _weights =
        model.Weights.GetAlternateLookup<ReadOnlySpan<char>>();

    private double _z = model.Bias;

    public void Add(ReadOnlySpan<char> feature) => _z += _weights.TryGetValue(feature, out var weight) ? weight : 0;

    /// <summary>The probability of the features given since the last call, after which the sum starts again.</summary>
    public double Take()
    {
        var probability = EventConfidenceModel.Logistic(_z);
        _z = model.Bias;
        return probability;
    }
}
