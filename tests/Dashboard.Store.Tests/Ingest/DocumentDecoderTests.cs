using System.Text;
using Dashboard.Store.Ingest;

namespace Dashboard.Store.Tests.Ingest;

public sealed class DocumentDecoderTests
{
    private static readonly IngestLimits Limits = new(1024);

    [Theory]
    [InlineData("a.txt", new byte[] { 0x68, 0x69 }, "hi")]
    [InlineData("a.md", new byte[] { 0xEF, 0xBB, 0xBF, 0x68, 0xC3, 0xA9 }, "hé")]
    [InlineData("a.html", new byte[] { 0xFF, 0xFE, 0x68, 0x00, 0xE9, 0x00 }, "hé")]
    [InlineData("a.htm", new byte[] { 0xFE, 0xFF, 0x00, 0x68, 0x00, 0xE9 }, "hé")]
    public void Decode_SupportedText_Decoded(string name, byte[] bytes, string expected) =>
        Assert.Equal(expected, DocumentDecoder.Decode(name, bytes, Limits).Value);

    [Theory]
    [InlineData("a.pdf", new byte[] { 0x68 }, "unsupported file type '.pdf'")]
    [InlineData("noextension", new byte[] { 0x68 }, "unsupported file type '(none)'")]
    [InlineData("a.txt", new byte[] { }, "is empty")]
    [InlineData("a.txt", new byte[] { 0x20, 0x0A }, "is empty")]
    [InlineData("a.txt", new byte[] { 0x68, 0x00, 0x69 }, "binary")]
    [InlineData("a.txt", new byte[] { 0x63, 0x61, 0x66, 0xE9 }, "is not UTF-8 text")]
    public void Decode_BadInput_ClearMessage(string name, byte[] bytes, string message)
    {
        var result = DocumentDecoder.Decode(name, bytes, Limits);

        Assert.False(result.IsSuccess);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ShortCrlfLinesAndTabs_StillText()
    {
        var text = string.Concat(Enumerable.Repeat("\t- a\r\n", 100));

        Assert.True(DocumentDecoder.Decode("list.txt", Encoding.UTF8.GetBytes(text), new IngestLimits()).IsSuccess);
    }

    [Fact]
    public void Decode_OverTheLimit_Refused()
    {
        var result = DocumentDecoder.Decode("big.txt", Encoding.UTF8.GetBytes(new string('a', 2048)), Limits);

        Assert.Contains("over the", result.Error, StringComparison.Ordinal);
    }
}
