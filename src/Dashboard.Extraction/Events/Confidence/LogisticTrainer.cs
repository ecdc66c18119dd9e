namespace Dashboard.Extraction.Events.Confidence;

/// <summary>
/// Fits <see cref="EventConfidenceModel"/> weights by L2-regularised logistic regression over binary features, with
/// full-batch gradient descent (a few hundred candidates and features: no library needed, and the result is the same
/// on every machine). Features seen fewer than <see cref="MinimumCount"/> times get no weight: a word seen once says
/// nothing general.
/// </summary>
public sealed class LogisticTrainer
{
    public LogisticTrainer(double l2 = 1.0, int iterations = 3000, double learningRate = 1.0, int minimumCount = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(l2);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(learningRate);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(learningRate, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumCount, 1);
        L2 = l2;
        Iterations = iterations;
        LearningRate = learningRate;
        MinimumCount = minimumCount;
    }

    /// <summary>The penalty on squared weights, per sample set (not per sample): larger keeps weights nearer 0.</summary>
    public double L2 { get; }

    public int Iterations { get; }

    /// <summary>The share of the largest safe step taken at each iteration, in (0, 1].</summary>
    public double LearningRate { get; }

    public int MinimumCount { get; }

    /// <summary>Weights for the samples (features, whether the candidate was a happening), with the given threshold.</summary>
    public EventConfidenceModel Train(IReadOnlyList<(IReadOnlyList<string> Features, bool Happening)> samples, double threshold)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in samples.SelectMany(s => s.Features.Distinct(StringComparer.Ordinal)))
        {
            counts[feature] = counts.GetValueOrDefault(feature) + 1;
        }

        var index = counts.Where(c => c.Value >= MinimumCount).Select(c => c.Key).Order(StringComparer.Ordinal)
            .Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        var rows = samples.Select(s => s.Features.Where(index.ContainsKey).Select(f => index[f]).Distinct().ToArray()).ToArray();
        var labels = samples.Select(s => s.Happening ? 1.0 : 0.0).ToArray();
        var weights = new double[index.Count];
        var bias = 0.0;
        var gradient = new double[index.Count];
        var n = Math.Max(1, samples.Count);
        // A step the loss cannot overshoot: its curvature is at most a quarter of the features a candidate has (plus the
        // bias) plus the penalty, so a step of 1/that, scaled by the learning rate (≤ 1), always descends.
        var curvature = (0.25 * (1 + rows.Select(r => r.Length).DefaultIfEmpty(0).Max())) + (L2 / n);
        var step = LearningRate / curvature;
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            Array.Clear(gradient);
            var biasGradient = 0.0;
            for (var i = 0; i < rows.Length; i++)
            {
                var z = bias;
                foreach (var f in rows[i])
                {
                    z += weights[f];
                }

                var error = (1 / (1 + Math.Exp(-z))) - labels[i];
                biasGradient += error;
                foreach (var f in rows[i])
                {
                    gradient[f] += error;
                }
            }

            bias -= step * biasGradient / n;
            for (var f = 0; f < weights.Length; f++)
            {
                weights[f] -= step * ((gradient[f] + (L2 * weights[f])) / n);
            }
        }

        return new EventConfidenceModel(bias, index.ToDictionary(x => x.Key, x => weights[x.Value], StringComparer.Ordinal), threshold);
    }
}
