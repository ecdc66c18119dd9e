using System.Text;
using Dashboard.Store.Ingest;
using Dashboard.Store.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Store.Tests.Ingest;

public sealed class DocumentIngestorTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>, IDisposable
{
    private const string Story = "Talks in Geneva\n\nDiplomats from Norway and Chile met in Geneva on Monday, 3 January 2022, and about 200 protesters gathered outside.\n";
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    private (DocumentIngestor Ingestor, SqliteStore Store) Create(long maxBytes = IngestLimits.DefaultMaxBytes)
    {
        var store = SqliteStore.Open(_folder.Path).Value;
        return (new DocumentIngestor(store, fixture.Pipeline, new IngestLimits(maxBytes), _clock), store);
    }

    [Fact]
    public void Ingest_PlainText_StoredWithTitleStatedDateAndExtraction()
    {
        var (ingestor, store) = Create();

        var result = ingestor.Ingest(new IngestItem("geneva.txt", Encoding.UTF8.GetBytes(Story), Outlet: "Wire"));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(SaveOutcome.Added, result.Outcome);
        var stored = Assert.Single(store.LoadAll());
        Assert.Equal("Talks in Geneva", stored.Document.Metadata.Title);
        Assert.Equal(new DateOnly(2022, 1, 3), stored.Document.Metadata.Published);
        Assert.Contains(stored.Extraction.Places, p => p.Choice?.Country == "CH" && p.Mention.Surface == "Geneva");
        // What comes back is exactly what the pipeline produced (dates, quantities, actors, events included).
        Assert.Equal(ExtractionSerializer.Write(fixture.Pipeline.Extract(stored.Document.Text, stored.Document.Metadata.Published)),
            ExtractionSerializer.Write(stored.Extraction));
    }

    [Fact]
    public void Ingest_SameContentTwice_NoDuplicate()
    {
        var (ingestor, store) = Create();
        ingestor.Ingest(new IngestItem("a.txt", Encoding.UTF8.GetBytes(Story)));

        var again = ingestor.Ingest(new IngestItem("copy.md", Encoding.UTF8.GetBytes(Story.Replace("\n", "\r\n", StringComparison.Ordinal)), Title: "Other title"));

        Assert.Equal(SaveOutcome.Unchanged, again.Outcome);
        Assert.Equal(1, store.DocumentCount);
    }

    [Fact]
    public void Ingest_ChangedVersionSameUrl_ReplacesAtomically()
    {
        var (ingestor, store) = Create();
        ingestor.Ingest(new IngestItem("a.txt", Encoding.UTF8.GetBytes(Story), Url: "https://example.org/geneva"));

        var update = ingestor.Ingest(new IngestItem("a.txt", Encoding.UTF8.GetBytes(Story + "Later, officials in Santiago welcomed the talks.\n"), Url: "https://example.org/geneva"));

        Assert.Equal(SaveOutcome.Replaced, update.Outcome);
        var stored = Assert.Single(store.LoadAll());
        Assert.Contains("Santiago", stored.Document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.txt", "", null, null, "is empty")]
    [InlineData("a.exe", "MZ", null, null, "unsupported file type")]
    [InlineData("a.txt", "text", "2022-02-30", null, "is not a date")]
    [InlineData("a.txt", "text", "10/01/2022", null, "is not a date")]
    [InlineData("a.txt", "text", null, "ftp://example.org/x", "not an http or https address")]
    [InlineData("a.html", "<html><script>x()</script></html>", null, null, "no article text")]
    public void Ingest_BadInput_RefusedAndStoreUnchanged(string name, string content, string? published, string? url, string message)
    {
        var (ingestor, store) = Create();

        var result = ingestor.Ingest(new IngestItem(name, Encoding.UTF8.GetBytes(content), Published: published, Url: url));

        Assert.False(result.Succeeded);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal(0, store.DocumentCount);
    }

    [Fact]
    public void Ingest_OverTheSizeLimit_Refused()
    {
        var (ingestor, store) = Create(maxBytes: 64);

        var result = ingestor.Ingest(new IngestItem("a.txt", Encoding.UTF8.GetBytes(Story)));

        Assert.Contains("limit", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, store.DocumentCount);
    }

    [Fact]
    public void Ingest_Latin1Bytes_RefusedWithEncodingMessage()
    {
        var (ingestor, _) = Create();

        var result = ingestor.Ingest(new IngestItem("a.txt", Encoding.Latin1.GetBytes("Protests in Bogotá")));

        Assert.Contains("not UTF-8", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void IngestAll_ManyItemsWithARefusalAndARepeat_EachReportedInOrderAndStoredOnce()
    {
        var (ingestor, store) = Create();
        var items = Enumerable.Range(0, 40)
            .Select(i => new IngestItem($"d{i}.txt", Encoding.UTF8.GetBytes($"Story {i}\n\nDiplomats met in Geneva on Monday; report {i}.\n")))
            .Append(new IngestItem("empty.txt", []))
            .Append(new IngestItem("again.txt", Encoding.UTF8.GetBytes("Story 3\n\nDiplomats met in Geneva on Monday; report 3.\n")))
            .ToList();
        var reported = new List<IngestResult>();

        ingestor.IngestAll(items, reported.Add, batch: 8);

        Assert.Equal(items.Select(i => i.FileName), reported.Select(r => r.FileName));
        Assert.All(reported.Take(40), r => Assert.Equal(SaveOutcome.Added, r.Outcome));
        Assert.False(reported[40].Succeeded);
        Assert.Equal(SaveOutcome.Unchanged, reported[41].Outcome);
        Assert.Equal(reported[3].DocumentId, reported[41].DocumentId);
        Assert.Equal(40, store.DocumentCount);
        Assert.Empty(store.Verify());
    }

    [Fact]
    public void SaveAll_SameContentTwiceInOneBatch_StoredOnce()
    {
        var (_, store) = Create();
        var extraction = fixture.Pipeline.Extract(Story, null);
        var document = new Core.Documents.CorpusDocument("x", new Core.Documents.DocumentMetadata("T", "O", null, null), Story);

        var outcomes = store.SaveAll([new DocumentToSave(document, "h", null, extraction), new DocumentToSave(document, "h", null, extraction)], _clock.GetUtcNow());

        Assert.Equal([SaveOutcome.Added, SaveOutcome.Unchanged], outcomes.Select(o => o.Outcome));
        Assert.Equal(1, store.DocumentCount);
    }

    [Fact]
    public void Ingest_OverTheExtractionBudget_RefusedAndNothingStored()
    {
        var store = SqliteStore.Open(_folder.Path).Value;
        var ingestor = new DocumentIngestor(store, fixture.Pipeline, new IngestLimits(extractionBudget: TimeSpan.FromMilliseconds(1)), _clock);
        var text = "Talks in Geneva\n\n" + string.Concat(Enumerable.Repeat("Diplomats from Norway and Chile met in Geneva on Monday. ", 20_000));

        var result = ingestor.Ingest(new IngestItem("long.txt", Encoding.UTF8.GetBytes(text)));

        Assert.False(result.Succeeded);
        Assert.Contains("longer than its budget", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, store.DocumentCount);
    }

    [Fact]
    public void Ingest_DeeplyNestedHtml_RefusedBeforeParsing()
    {
        var (ingestor, store) = Create();
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 5_000)) + "Troops arrived in Geneva." + string.Concat(Enumerable.Repeat("</div>", 5_000)) + "</body></html>";

        var result = ingestor.Ingest(new IngestItem("nested.html", Encoding.UTF8.GetBytes(html)));

        Assert.Contains("levels deep", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, store.DocumentCount);
    }

    [Theory]
    [InlineData(null, null, Dashboard.Core.Documents.PublishedFrom.Text)]
    [InlineData("2022-01-05", null, Dashboard.Core.Documents.PublishedFrom.Given)]
    [InlineData("2022-01-05", Dashboard.Core.Documents.PublishedFrom.JsonLd, Dashboard.Core.Documents.PublishedFrom.JsonLd)]
    public async Task Ingest_PublicationDate_StoredWithWhereItCameFrom(string? published, Dashboard.Core.Documents.PublishedFrom? given, Dashboard.Core.Documents.PublishedFrom expected)
    {
        var (ingestor, store) = Create();

        ingestor.Ingest(new IngestItem("geneva.txt", Encoding.UTF8.GetBytes(Story), Published: published) { PublishedFrom = given, Feed = "f1" });

        var stored = Assert.Single(await store.DocumentsAsync(Dashboard.Store.Query.DocumentQuery.Latest(5)));
        Assert.Equal((expected, "f1"), (stored.Metadata.PublishedFrom, stored.Metadata.Feed));
    }
}
