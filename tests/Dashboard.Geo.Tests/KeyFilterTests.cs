using Dashboard.Geo.Gazetteer;

namespace Dashboard.Geo.Tests;

public sealed class KeyFilterTests
{
    private static readonly string[] Present = Enumerable.Range(0, 300_000).Select(i => $"place {i}").ToArray();
    private static readonly KeyFilter Filter = new(Present);

    [Fact]
    public void MayContain_EveryKeyAdded_IsTrue() =>
        Assert.All(Present, key => Assert.True(Filter.MayContain(key)));

    [Fact]
    public void MayContain_KeysNeverAdded_AreMostlyFalse()
    {
        var passed = Enumerable.Range(0, 100_000).Count(i => Filter.MayContain($"other {i}"));

        Assert.InRange(passed, 0, 10_000); // a filter that passes everything would let all 100,000 through
    }
}
