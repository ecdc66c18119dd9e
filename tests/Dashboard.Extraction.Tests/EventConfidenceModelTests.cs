using Dashboard.Extraction.Events.Confidence;

namespace Dashboard.Extraction.Tests;

/// <summary>The event confidence model's file form, probabilities and threshold, and the trainer that fits it.</summary>
public sealed class EventConfidenceModelTests
{
    [Fact]
    public void Parse_BiasThresholdAndWeights_ReadsThem()
    {
        var model = EventConfidenceModel.Parse(["# a comment", "", "threshold\t0.4", "bias\t-1", "type:deploy\t2.5"]);

        Assert.True(model.IsSuccess, model.Error);
        Assert.Equal(0.4, model.Value.Threshold);
        Assert.Equal(-1, model.Value.Bias);
        Assert.Equal(2.5, model.Value.Weights["type:deploy"]);
    }

    [Theory]
    [InlineData("threshold\t0.4|type:deploy\t1", "no 'bias'")]
    [InlineData("bias\t0|type:deploy\t1", "no 'bias' or no 'threshold'")]
    [InlineData("bias\t0|threshold\t1.5", "line 2: the threshold 1.5 is not a probability")]
    [InlineData("bias\t0|threshold\t0.5|type:deploy one", "line 3: expected 'name<TAB>number'")]
    [InlineData("bias\t0|threshold\t0.5|a\t1|a\t2", "line 4: feature 'a' is given twice")]
    [InlineData("bias\tNaN|threshold\t0.5", "line 1")]
    public void Parse_MalformedFile_SaysWhereAndWhy(string lines, string message)
    {
        var model = EventConfidenceModel.Parse(lines.Split('|'));

        Assert.False(model.IsSuccess);
        Assert.Contains(message, model.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Probability_KnownAndUnknownFeatures_LogisticOfTheirSum()
    {
        var model = new EventConfidenceModel(-1, new Dictionary<string, double> { ["a"] = 1, ["b"] = 2 }, 0.5);

        Assert.Equal(1 / (1 + Math.Exp(-2)), model.Probability(["a", "b", "unknown"]), 12);
        Assert.True(model.Keeps(model.Probability(["a", "b"])));
        Assert.False(model.Keeps(model.Probability(["unknown"])));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Constructor_ThresholdNotAProbability_Throws(double threshold) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new EventConfidenceModel(0, new Dictionary<string, double>(), threshold));

    [Fact]
    public void Format_ThenParse_SameModel()
    {
        var model = new EventConfidenceModel(-0.25, new Dictionary<string, double> { ["z"] = 1.5, ["a"] = -0.75 }, 0.35);

        var lines = model.Format(["trained on nothing"]).ToList();
        var read = EventConfidenceModel.Parse(lines);

        Assert.Equal("# trained on nothing", lines[0]);
        Assert.True(read.IsSuccess, read.Error);
        Assert.Equal((model.Bias, model.Threshold), (read.Value.Bias, read.Value.Threshold));
        Assert.Equal(model.Weights.OrderBy(w => w.Key), read.Value.Weights.OrderBy(w => w.Key));
        Assert.True(lines.IndexOf("a\t-0.75") < lines.IndexOf("z\t1.5")); // sorted: stable diffs
    }

    [Fact]
    public void Train_FeatureThatSeparates_PositiveAndNegativeWeights()
    {
        var samples = new List<(IReadOnlyList<string> Features, bool Happening)>();
        for (var i = 0; i < 20; i++)
        {
            samples.Add((["good", "common"], true));
            samples.Add((["bad", "common"], false));
        }

        var model = new LogisticTrainer(l2: 0.1, iterations: 500).Train(samples, 0.5);

        Assert.True(model.Weights["good"] > 1);
        Assert.True(model.Weights["bad"] < -1);
        Assert.True(model.Keeps(model.Probability(["good", "common"])));
        Assert.False(model.Keeps(model.Probability(["bad", "common"])));
    }

    [Fact]
    public void Train_FeatureSeenOnce_GetsNoWeight()
    {
        IReadOnlyList<(IReadOnlyList<string> Features, bool Happening)> samples =
            [(["rare", "x"], true), (["x"], false), (["x"], true), (["y"], false), (["y"], false)];

        var model = new LogisticTrainer().Train(samples, 0.5);

        Assert.False(model.Weights.ContainsKey("rare"));
        Assert.True(model.Weights["x"] > model.Weights["y"]);
    }

    [Fact]
    public void Train_ManyFeaturesAlwaysTogether_StaysFinite()
    {
        var shared = Enumerable.Range(0, 40).Select(i => $"f{i}").ToList();
        var samples = Enumerable.Range(0, 10).Select(i => ((IReadOnlyList<string>)[.. shared, i % 2 == 0 ? "good" : "bad"], i % 2 == 0)).ToList();

        var model = new LogisticTrainer(l2: 0.01).Train(samples, 0.5);

        Assert.All(model.Weights.Values, w => Assert.True(double.IsFinite(w)));
        Assert.True(model.Weights["good"] > model.Weights["bad"]);
    }

    [Fact]
    public void Train_StrongerPenalty_SmallerWeights()
    {
        IReadOnlyList<(IReadOnlyList<string> Features, bool Happening)> samples = [(["a"], true), (["a"], true), (["b"], false), (["b"], false)];

        var weak = new LogisticTrainer(l2: 0.1).Train(samples, 0.5);
        var strong = new LogisticTrainer(l2: 10).Train(samples, 0.5);

        Assert.True(Math.Abs(strong.Weights["a"]) < Math.Abs(weak.Weights["a"]));
    }
}
