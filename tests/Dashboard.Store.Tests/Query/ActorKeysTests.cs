using Dashboard.Core.Events;
using Dashboard.Store.Query;

namespace Dashboard.Store.Tests.Query;

public sealed class ActorKeysTests
{
    [Theory]
    [InlineData("Côte d’Ivoire", "cote-d-ivoire")]
    [InlineData("  United   States ", "united-states")]
    [InlineData("İstanbul", "istanbul")]
    public void Slug_Name_LowerAsciiHyphenated(string name, string expected) => Assert.Equal(expected, ActorKeys.Slug(name));

    [Fact]
    public void Assign_KindsAndCollisions_ReadableAndUnique()
    {
        var keys = ActorKeys.Assign(
        [
            new Actor("country:RR", "Ruritania", ActorKind.Country, "RR", null, []),
            new Actor("person:jane-doe", "Jane Doe", ActorKind.Person, null, "minister", []),
            new Actor("group:troops:RR", "troops (Ruritania)", ActorKind.Group, "RR", null, []),
            new Actor("org:ruritania", "Ruritania Party", ActorKind.Organisation, null, null, []),
        ]);

        Assert.Equal("ruritania", keys["country:RR"]);
        Assert.Equal("jane-doe", keys["person:jane-doe"]);
        Assert.Equal("troops-rr", keys["group:troops:RR"]);
        Assert.Equal("org:ruritania", keys["org:ruritania"]);
    }
}
