using Dashboard.Store.Sql;

namespace Dashboard.Store.Tests.Query;

public sealed class TextQueryTests
{
    [Theory]
    [InlineData("Airport", "airport")]
    [InlineData("  Kyiv's  AIRPORT ", "kyiv s airport")]
    [InlineData("Ruritánia", "ruritania")]
    [InlineData("\"quoted\" OR *", "quoted or")]
    [InlineData("", "")]
    public void Words_Query_LowerCaseWordsWithoutAccents(string query, string expected) =>
        Assert.Equal(expected, string.Join(' ', TextQuery.Words(query)));

    [Fact]
    public void Fts5AndTsQuery_Words_EveryWordAPrefix()
    {
        Assert.Equal("\"troops\"* \"sent\"*", TextQuery.Fts5(["troops", "sent"]));
        Assert.Equal("troops:* & sent:*", TextQuery.TsQuery(["troops", "sent"]));
    }
}
