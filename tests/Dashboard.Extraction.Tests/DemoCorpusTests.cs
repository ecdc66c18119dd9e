using Dashboard.Core.Geography;
using Dashboard.Core.Places;
using Dashboard.Store.Corpus;

namespace Dashboard.Extraction.Tests;

/// <summary>The geoparser's targets on the demo articles (the hand annotations in shared/gold are the reference).</summary>
[Collection(PipelineCollection.Name)]
public sealed class DemoCorpusTests(PipelineFixture fixture)
{
    private readonly List<ResolvedPlace> _places = CorpusManifest.Load(fixture.Root.CorpusFolder).Value.Documents
        .SelectMany(d => fixture.Pipeline.Extract(d.Text).Places).ToList();

    [Theory]
    [InlineData("Almaty", "gn:1526384")]
    [InlineData("Moscow", "gn:524901")]
    [InlineData("Beijing", "gn:1816670")]
    [InlineData("Kazakhstan", "country:KZ")]
    [InlineData("Ukraine", "country:UA")]
    [InlineData("Belarus", "country:BY")]
    [InlineData("Georgia", "country:GE")]
    [InlineData("Central Asia", "region:m49-143")]
    [InlineData("eastern Europe", "region:m49-151")]
    [InlineData("former Soviet Union", "region:curated-former-soviet-union")]
    public void Extract_DemoArticles_LiteralPlaceFoundAndResolved(string surface, string id) =>
        Assert.Contains(_places, p => p.Mention.Surface == surface && p.Mention.Literal && p.Choice?.Id == id);

    [Fact]
    public void Extract_DemoArticles_RussiaUkraineBorderIsALine()
    {
        var border = Assert.Single(_places, p => p.Mention.Cue == MentionCue.Border);
        Assert.Equal("border:RU-UA", border.Choice?.Id);
        Assert.Equal(GeometryKind.Line, border.Choice?.Geometry);
    }

    [Fact]
    public void Extract_DemoArticles_LandmarkInACityFallsBackToTheCity()
    {
        var square = Assert.Single(_places, p => p.Mention.Surface == "Republic Square");
        Assert.Equal(PlaceKind.Landmark, square.Kind);
        Assert.Equal(GeoPrecision.City, square.Precision);
        Assert.Equal("gn:1526384", square.Choice?.Id);
    }

    [Theory]
    [InlineData("Vladimir")]
    [InlineData("Putin")]
    [InlineData("Wall Street")]
    [InlineData("Nursultan")]
    [InlineData("Wang")]
    [InlineData("Yi")]
    [InlineData("Journal")]
    public void Extract_DemoArticles_NoPersonOrOutletIsAPlace(string surface) =>
        Assert.DoesNotContain(_places, p => p.Mention.Surface.Contains(surface, StringComparison.Ordinal));
}
