using Dashboard.Store.Corpus;

namespace Dashboard.Store.Tests;

public sealed class CorpusManifestTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("dashboard-corpus-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Load_ValidManifest_ReadsDocumentsWithMetadata()
    {
        Write("a.txt", "Some text.");
        Write(CorpusManifest.FileName, """
            {"documents": [{"file": "a.txt", "title": "A title", "outlet": "An outlet", "published": "2022-01-10", "url": "https://example.org/a"}]}
            """);

        var load = CorpusManifest.Load(_folder.FullName);

        Assert.True(load.IsSuccess, load.Error);
        var document = Assert.Single(load.Value.Documents);
        Assert.Equal("a", document.Id);
        Assert.Equal("A title", document.Metadata.Title);
        Assert.Equal(new DateOnly(2022, 1, 10), document.Metadata.Published);
        Assert.Equal("Some text.", document.Text);
        Assert.Empty(load.Value.Problems);
    }

    [Fact]
    public void Load_OneBadEntry_ReportsItAndKeepsTheOthers()
    {
        Write("good.txt", "Good.");
        Write(CorpusManifest.FileName, """
            {"documents": [
              {"file": "good.txt", "title": "Good"},
              {"file": "missing.txt", "title": "Missing"},
              {"file": "good.txt", "title": "Bad date", "published": "10/01/2022"},
              {"file": "../escape.txt", "title": "Escapes the folder"}
            ]}
            """);

        var load = CorpusManifest.Load(_folder.FullName);

        Assert.True(load.IsSuccess, load.Error);
        Assert.Single(load.Value.Documents);
        Assert.Equal(3, load.Value.Problems.Count);
        Assert.Contains(load.Value.Problems, p => p.Contains("missing.txt", StringComparison.Ordinal));
        Assert.Contains(load.Value.Problems, p => p.Contains("YYYY-MM-DD", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NoManifest_FailsWithMessage()
    {
        var load = CorpusManifest.Load(_folder.FullName);
        Assert.False(load.IsSuccess);
        Assert.Contains(CorpusManifest.FileName, load.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedJson_FailsWithMessage()
    {
        Write(CorpusManifest.FileName, "{ not json");
        var load = CorpusManifest.Load(_folder.FullName);
        Assert.False(load.IsSuccess);
        Assert.Contains("not valid JSON", load.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DemoCorpus_HasTwoDatedArticles()
    {
        var folder = FindRepositoryFolder(Path.Combine("wwwroot-data", "corpus"));
        var load = CorpusManifest.Load(folder);
        Assert.True(load.IsSuccess, load.Error);
        Assert.Equal(2, load.Value.Documents.Count);
        Assert.All(load.Value.Documents, d => Assert.NotNull(d.Metadata.Published));
        Assert.Empty(load.Value.Problems);
    }

    private void Write(string name, string content) => File.WriteAllText(Path.Combine(_folder.FullName, name), content);

    private static string FindRepositoryFolder(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(relative);
    }
}
