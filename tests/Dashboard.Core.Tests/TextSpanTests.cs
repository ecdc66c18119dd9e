using Dashboard.Core.Text;

namespace Dashboard.Core.Tests;

public sealed class TextSpanTests
{
    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(3, 8, 5)]
    public void Constructor_ValidBounds_KeepsHalfOpenLength(int start, int end, int length) =>
        Assert.Equal(length, new TextSpan(start, end).Length);

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(5, 4)]
    public void Constructor_InvalidBounds_Throws(int start, int end) =>
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new TextSpan(start, end));

    [Fact]
    public void Slice_InsideText_ReturnsCoveredCharacters() =>
        Assert.Equal("Asia", new TextSpan(8, 12).Slice("Central Asia is vast"));

    [Fact]
    public void Slice_BeyondText_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(2, 10).Slice("short"));

    [Theory]
    [InlineData(0, 5, 4, 8, true)]
    [InlineData(0, 5, 5, 8, false)]
    [InlineData(3, 4, 0, 10, true)]
    public void Overlaps_HalfOpenRanges_TouchingIsNotOverlapping(int s1, int e1, int s2, int e2, bool expected) =>
        Assert.Equal(expected, new TextSpan(s1, e1).Overlaps(new TextSpan(s2, e2)));

    [Fact]
    public void Contains_InnerSpan_True() =>
        Assert.True(new TextSpan(0, 10).Contains(new TextSpan(2, 10)));

    [Fact]
    public void ToString_Always_ShowsHalfOpenNotation() =>
        Assert.Equal("[1, 4)", new TextSpan(1, 4).ToString());
}
