using System.Collections.Frozen;
using System.Globalization;
using Dashboard.Core.Results;

namespace Dashboard.Extraction.Events.Confidence;

/// <summary>
/// A logistic model over an event candidate's features (<see cref="EventFeatures"/>): the probability that the rules'
/// candidate is a happening an annotator would list, and the threshold below which the dashboard calls an event
/// doubtful. Fitted by <c>dashboard train-events</c>, which also cross-validates what a filter at each threshold buys.
/// The pipeline keeps every candidate and gives each its probability (<c>NewsEvent.Confidence</c>); hiding the
/// doubtful ones is the analyst's choice (docs/benchmarks.md: on unseen crisis articles it trades recall for precision).
/// </summary>
public sealed class EventConfidenceModel
{
    public EventConfidenceModel(double bias, IReadOnlyDictionary<string, double> weights, double threshold)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (!double.IsFinite(bias) || weights.Values.Any(w => !double.IsFinite(w)))
        {
            throw new ArgumentException("Weights must be finite numbers.", nameof(weights));
        }

        Bias = bias;
        Weights = weights.ToFrozenDictionary(StringComparer.Ordinal);
        Threshold = Core.Events.Probability.Checked(threshold, nameof(threshold)).GetValueOrDefault();
    }

    public double Bias { get; }

    public FrozenDictionary<string, double> Weights { get; }

    /// <summary>Events whose probability is below it are doubtful.</summary>
    public double Threshold { get; }

    /// <summary>The probability that a candidate with these (binary) features is a happening; unknown features weigh nothing.</summary>
    public double Probability(IEnumerable<string> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var z = Bias;
        foreach (var feature in features)
        {
            z += Weights.GetValueOrDefault(feature);
        }

        return Logistic(z);
    }

    internal static double Logistic(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>Whether a candidate of that probability is kept.</summary>
    public bool Keeps(double probability) => probability >= Threshold;

    /// <summary>
    /// Reads the model file: lines "bias TAB w", "threshold TAB t" and "feature TAB w"; blank lines and lines starting
    /// with '#' are comments. A malformed line is reported with its number.
    /// </summary>
    public static Result<EventConfidenceModel> Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var (bias, threshold) = ((double?)null, (double?)null);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 2 || cells[0].Length == 0
                || !double.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                return Result<EventConfidenceModel>.Failure($"line {number}: expected 'name<TAB>number', found '{line}'.");
            }

            switch (cells[0])
            {
                case "bias":
                    bias = value;
                    break;
                case "threshold" when value is >= 0 and <= 1:
                    threshold = value;
                    break;
                case "threshold":
                    return Result<EventConfidenceModel>.Failure($"line {number}: the threshold {value} is not a probability.");
                default:
                    if (!weights.TryAdd(cells[0], value))
                    {
                        return Result<EventConfidenceModel>.Failure($"line {number}: feature '{cells[0]}' is given twice.");
                    }

                    break;
            }
        }

        return bias is { } b && threshold is { } t
            ? Result<EventConfidenceModel>.Success(new EventConfidenceModel(b, weights, t))
            : Result<EventConfidenceModel>.Failure("the model gives no 'bias' or no 'threshold' line.");
    }

    /// <summary>The file form <see cref="Parse"/> reads, features sorted (stable diffs), after the given comment lines.</summary>
    public IEnumerable<string> Format(IEnumerable<string> comments)
    {
        ArgumentNullException.ThrowIfNull(comments);
        foreach (var comment in comments)
        {
            yield return "# " + comment;
        }

        yield return string.Create(CultureInfo.InvariantCulture, $"threshold\t{Threshold:0.###}");
        yield return string.Create(CultureInfo.InvariantCulture, $"bias\t{Bias:0.####}");
        foreach (var (feature, weight) in Weights.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{feature}\t{weight:0.####}");
        }
    }
}
