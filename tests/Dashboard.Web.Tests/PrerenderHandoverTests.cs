using Dashboard.Store.Query;
using Dashboard.Web.State;

namespace Dashboard.Web.Tests;

public sealed class PrerenderHandoverTests
{
    private static PrerenderedView View(string link, long version) =>
        new(link, version, new Facets([], [], [], 3, 0, 3), new BoundingBox(10, 20, 30, 40), [], [], [], [], 1, []);

    [Fact]
    public void Take_SameLinkEscapedByTheBrowser_ReturnsTheView()
    {
        using var handover = new PrerenderHandover();
        handover.Put(View("http://127.0.0.1:5000/?sel=gn:1&actor=russia", 4));

        var taken = handover.Take("http://127.0.0.1:5000/?sel=gn%3A1&actor=russia", 4);

        Assert.Equal(3, taken?.Facets.Matching);
    }

    [Fact]
    public void Take_Twice_SecondIsNull()
    {
        using var handover = new PrerenderHandover();
        handover.Put(View("http://h/?q=a", 1));

        Assert.NotNull(handover.Take("http://h/?q=a", 1));
        Assert.Null(handover.Take("http://h/?q=a", 1));
    }

    [Theory]
    [InlineData("http://h/?q=a", 2)]
    [InlineData("http://h/?q=b", 1)]
    public void Take_OtherVersionOrLink_Null(string link, long version)
    {
        using var handover = new PrerenderHandover();
        handover.Put(View("http://h/?q=a", 1));

        Assert.Null(handover.Take(link, version));
    }
}
