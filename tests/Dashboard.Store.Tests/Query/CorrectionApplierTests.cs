using Dashboard.Core.Text;
using Dashboard.Store.Corrections;

namespace Dashboard.Store.Tests.Query;

public sealed class CorrectionApplierTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TextSpan FirstSpringfield = new(25, 36);

    [Fact]
    public void Apply_Reassign_MentionAndItsEventMove()
    {
        var a = SampleCorpus.DocumentA().Result;

        var result = CorrectionApplier.Apply(a, [new Correction(1, "a", CorrectionKind.ReassignPlace, FirstSpringfield, null, SampleCorpus.Capital, "x", At)]);

        Assert.Equal("gn:2", result.Places[0].Choice!.Id);
        Assert.Equal("gn:1", result.Places[1].Choice!.Id);
        Assert.Equal("gn:2", result.Events[0].Place!.Choice!.Id);
    }

    [Fact]
    public void Apply_NotAPlace_MentionGoneAndEventUnplaced()
    {
        var a = SampleCorpus.DocumentA().Result;

        var result = CorrectionApplier.Apply(a, [new Correction(1, "a", CorrectionKind.NotAPlace, FirstSpringfield, null, null, "x", At)]);

        Assert.Single(result.Places);
        Assert.Null(result.Events[0].Place);
    }

    [Fact]
    public void Apply_Dismiss_EventDropped()
    {
        var a = SampleCorpus.DocumentA().Result;

        var result = CorrectionApplier.Apply(a, [new Correction(1, "a", CorrectionKind.DismissEvent, new TextSpan(0, 47), "deploy", null, "x", At)]);

        Assert.Equal(["e2"], result.Events.Select(e => e.Id));
    }

    [Fact]
    public void Apply_DismissAfterRenumbering_StillHidesTheSameEvent()
    {
        var a = SampleCorpus.DocumentA().Result;
        var renumbered = a with { Events = [.. a.Events.Select((e, i) => e with { Id = $"e{i + 7}" })] };

        var result = CorrectionApplier.Apply(renumbered, [new Correction(1, "a", CorrectionKind.DismissEvent, new TextSpan(48, SampleCorpus.TextA.Length), "protest", null, "x", At)]);

        Assert.Equal(["deploy"], result.Events.Select(e => e.Type));
    }

    [Fact]
    public void Apply_TwoCorrectionsOfOneMention_LatestWins()
    {
        var a = SampleCorpus.DocumentA().Result;

        var result = CorrectionApplier.Apply(a,
        [
            new Correction(2, "a", CorrectionKind.ReassignPlace, FirstSpringfield, null, SampleCorpus.Capital, "x", At.AddHours(1)),
            new Correction(1, "a", CorrectionKind.NotAPlace, FirstSpringfield, null, null, "x", At),
        ]);

        Assert.Equal("gn:2", result.Places[0].Choice!.Id);
    }

    [Fact]
    public void Correction_ReassignWithoutPlace_Throws() =>
        Assert.Throws<ArgumentException>(() => new Correction(1, "a", CorrectionKind.ReassignPlace, FirstSpringfield, null, null, "x", At));
}
