using Dashboard.Core.Documents;
using Dashboard.Extraction.Prepare;

namespace Dashboard.Extraction.Tests;

public sealed class DocumentPreparerTests
{
    private const string Article = "SiteBanner\n\nA headline about a meeting\n\nA standfirst sentence that says more.\n\nSoldiers patrol a street. Picture: AFP\nSoldiers patrol a street. Picture: AFP\n\nThe first paragraph.\r\n\r\nRead related topics: Politics\n\nThe Daily Example\n";

    [Fact]
    public void Prepare_SyndicatedArticle_ClassifiesEachPassage()
    {
        var document = DocumentPreparer.Prepare(Article);

        Assert.Equal(
            [PassageKind.Boilerplate, PassageKind.Title, PassageKind.Standfirst, PassageKind.Caption, PassageKind.Boilerplate, PassageKind.Body, PassageKind.Boilerplate, PassageKind.Byline],
            document.Passages.Select(p => p.Kind));
        Assert.Equal("A headline about a meeting", document.Title);
    }

    [Fact]
    public void Prepare_Passages_SpansExcludeSurroundingWhiteSpaceAndCarriageReturns()
    {
        var document = DocumentPreparer.Prepare(Article);

        Assert.All(document.Passages, p =>
        {
            var text = p.Span.Slice(Article);
            Assert.Equal(text.Trim(), text);
        });
        Assert.Contains(document.Passages, p => p.Span.Slice(Article) == "The first paragraph.");
    }

    [Theory]
    [InlineData("Add your comment to this story")]
    [InlineData("To join the conversation, please log in.")]
    [InlineData("Join the conversation, you are commenting as Logout")]
    [InlineData("Leave a comment")]
    public void Prepare_CommentPrompt_IsBoilerplate(string line) =>
        Assert.Equal(PassageKind.Boilerplate, DocumentPreparer.Prepare($"A headline\n\nThe first paragraph.\n\n{line}\n\nThe last paragraph.").Passages[2].Kind);

    [Fact]
    public void Prepare_Passages_HaveStableSequentialIds() =>
        Assert.Equal(["p1", "p2", "p3"], DocumentPreparer.Prepare("One.\nTwo.\n\nThree.").Passages.Select(p => p.Id));

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n \t ")]
    public void Prepare_BlankText_NoPassages(string text) => Assert.Empty(DocumentPreparer.Prepare(text).Passages);
}
