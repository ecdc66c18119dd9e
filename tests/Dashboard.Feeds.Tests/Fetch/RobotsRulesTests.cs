using Dashboard.Feeds.Fetch;

namespace Dashboard.Feeds.Tests.Fetch;

public sealed class RobotsRulesTests
{
    private const string Robots = "User-agent: *\nDisallow: /private/\nAllow: /private/open\nDisallow: /*.pdf$\n\nUser-agent: OtherBot\nDisallow: /\n";

    [Theory]
    [InlineData("/news/story", true)]
    [InlineData("/private/x", false)]
    [InlineData("/private/open/x", true)]
    [InlineData("/files/a.pdf", false)]
    [InlineData("/files/a.pdf?x=1", true)]
    public void Allows_StarGroup_LongestRuleWins(string path, bool expected) =>
        Assert.Equal(expected, RobotsRules.Parse(Robots, "NewsMapDashboard").Allows(path));

    [Fact]
    public void Allows_GroupNamingUs_ReplacesTheStarGroup() =>
        Assert.False(RobotsRules.Parse(Robots, "OtherBot").Allows("/news/story"));

    [Fact]
    public void Allows_ByteOrderMarkBeforeTheFirstGroup_StillRead() =>
        Assert.False(RobotsRules.Parse("\uFEFFUser-agent: *\nDisallow: /private/\n", "NewsMapDashboard").Allows("/private/a"));

    [Fact]
    public void Allows_OurGroupAllowsEverything_StarGroupIgnored() =>
        Assert.True(RobotsRules.Parse("User-agent: NewsMapDashboard\nDisallow:\n\nUser-agent: *\nDisallow: /\n", "NewsMapDashboard").Allows("/a"));

    [Fact]
    public void Allows_PathologicalWildcards_AnsweredAtOnce()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /" + string.Concat(Enumerable.Repeat("*a", 40)) + "*b\n", "NewsMapDashboard");

        Assert.True(rules.Allows("/" + new string('a', 5000)));
    }

    [Fact]
    public void Allows_EmptyDisallow_AllowsEverything() =>
        Assert.True(RobotsRules.Parse("User-agent: *\nDisallow:\n", "NewsMapDashboard").Allows("/a"));

    [Fact]
    public void AgentToken_UserAgent_ProductName() =>
        Assert.Equal("NewsMapDashboard", RobotsRules.AgentToken(FetchOptions.DefaultUserAgent));
}
