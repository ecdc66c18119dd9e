using Dashboard.Core.Events;

namespace Dashboard.Core.Tests;

public sealed class EventTypeCatalogTests
{
    private static EventType Type(string name, string colour = "#112233") => new(name, name.ToUpperInvariant(), colour, "•", "Strategic developments", "Other", string.Empty);

    [Fact]
    public void Of_UnknownName_IsOther()
    {
        var catalog = new EventTypeCatalog([Type("deploy"), Type("other")]);

        Assert.Equal(("other", "DEPLOY", "picnic"), (catalog.Of("picnic").Name, catalog.Label("deploy"), catalog.Label("picnic")));
    }

    [Fact]
    public void Constructor_WithoutOther_Refused() => Assert.Throws<ArgumentException>(() => new EventTypeCatalog([Type("deploy")]));

    [Fact]
    public void Constructor_NameTwice_Refused() => Assert.Throws<ArgumentException>(() => new EventTypeCatalog([Type("other"), Type("other")]));

    [Theory]
    [InlineData("Deploy", "#112233")]
    [InlineData("deploy}", "#112233")]
    [InlineData("deploy", "red")]
    [InlineData("deploy", "#1122334")]
    public void EventType_BadNameOrColour_Refused(string name, string colour) => Assert.Throws<ArgumentException>(() => Type(name, colour));
}
