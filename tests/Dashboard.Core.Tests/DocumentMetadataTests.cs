using Dashboard.Core.Documents;

namespace Dashboard.Core.Tests;

public sealed class DocumentMetadataTests
{
    [Fact]
    public void Constructor_BlankTitle_Throws() =>
        Assert.Throws<ArgumentException>(() => new DocumentMetadata("  ", "Outlet", null, null));

    [Fact]
    public void Constructor_PaddedValues_AreTrimmed()
    {
        var metadata = new DocumentMetadata("  A title ", " An outlet ", new DateOnly(2022, 1, 10), null);
        Assert.Equal("A title", metadata.Title);
        Assert.Equal("An outlet", metadata.Outlet);
    }
}
