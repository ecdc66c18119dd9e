using System.Collections.Frozen;
using Dashboard.Store.Query;

namespace Dashboard.Store.Tests.Query;

public sealed class InMemoryDashboardStoreTests
{
    private readonly InMemoryDashboardStore _store = SampleCorpus.Store();

    private static ViewFilter Filter(string[]? actors = null, string[]? types = null, DateOnly? from = null, DateOnly? to = null, string? text = null, string[]? docs = null) => new()
    {
        Actors = (actors ?? []).ToFrozenSet(),
        Types = (types ?? []).ToFrozenSet(),
        Documents = (docs ?? []).ToFrozenSet(),
        From = from,
        To = to,
        Text = text,
    };

    [Fact]
    public async Task Events_NoFilter_AllEventsWithGlobalIds()
    {
        var events = await _store.EventsAsync(ViewFilter.None);

        Assert.Equal(["a.e1", "a.e2", "b.e1"], events.Select(e => e.Id));
    }

    [Fact]
    public async Task Events_InferredDate_KeepsItsBasis()
    {
        var events = await _store.EventsAsync(ViewFilter.None);

        Assert.Equal([Core.Events.DateBasis.NewsDay, Core.Events.DateBasis.Stated, Core.Events.DateBasis.Stated], events.Select(e => e.DateBasis));
    }

    [Fact]
    public async Task Events_StatedDatesOnly_LeavesOutInferredAndUndated() =>
        Assert.Equal(["b.e1"], (await _store.EventsAsync(ViewFilter.None with { StatedDatesOnly = true })).Select(e => e.Id));

    [Fact]
    public async Task Events_ActorFilter_MatchesSourcesAndTargets()
    {
        var events = await _store.EventsAsync(Filter(actors: ["country:RR"]));

        Assert.Equal(["a.e1", "b.e1"], events.Select(e => e.Id));
    }

    [Fact]
    public async Task Events_DayRange_KeepsOnlyEventsWhollyInside()
    {
        var day = new DateOnly(2022, 1, 10);
        Assert.Equal(["a.e1"], (await _store.EventsAsync(Filter(from: day, to: day))).Select(e => e.Id));
        // The week of 3 January overlaps 9 January but is not known to be that day.
        var ninth = new DateOnly(2022, 1, 9);
        Assert.Empty(await _store.EventsAsync(Filter(from: ninth, to: ninth)));
        Assert.Equal(["b.e1"], (await _store.EventsAsync(Filter(from: new DateOnly(2022, 1, 3), to: ninth))).Select(e => e.Id));
    }

    [Fact]
    public async Task Events_TextAndTypeAndDocument_Combine()
    {
        Assert.Equal(["a.e2"], (await _store.EventsAsync(Filter(text: "PROTESTED"))).Select(e => e.Id));
        Assert.Equal(["b.e1"], (await _store.EventsAsync(Filter(types: ["meeting", "arrest"]))).Select(e => e.Id));
        Assert.Empty(await _store.EventsAsync(Filter(types: ["meeting"], docs: ["a"])));
    }

    [Fact]
    public async Task Facets_ActorSelected_CountsOtherActorsWithoutTheActorFilter()
    {
        var facets = await _store.FacetsAsync(Filter(actors: ["country:RR"]));

        Assert.Equal(2, facets.Actors.Single(a => a.Value.Id == "country:BD").Count);
        Assert.Equal(2, facets.Actors.Single(a => a.Value.Id == "country:RR").Count);
        Assert.Equal([("deploy", 1), ("meeting", 1)], facets.Types.Select(t => (t.Value, t.Count)).Order());
        Assert.Equal(2, facets.Matching);
        Assert.Equal(3, facets.Total);
        Assert.Equal([(new DateOnly(2022, 1, 10), 1)], facets.Days.Select(d => (d.Value, d.Count)));
    }

    [Fact]
    public async Task Places_EventFilterSet_KeepsOnlyMentionsInEvidencePassages()
    {
        var all = await _store.PlacesAsync(ViewFilter.None);
        var deploy = await _store.PlacesAsync(Filter(types: ["deploy"]));

        var springfield = Assert.Single(all);
        Assert.Equal(3, springfield.Mentions.Count);
        Assert.Equal(2, springfield.DocumentCount);
        Assert.Equal(2, springfield.EventCount);
        Assert.Single(Assert.Single(deploy).Mentions);
    }

    [Fact]
    public async Task Sources_Place_ListsEveryPassageWithTheMentionMarked()
    {
        var sources = await _store.SourcesAsync("gn:1", ViewFilter.None);

        Assert.NotNull(sources);
        Assert.Equal("Springfield", sources.Title);
        Assert.Equal(2, sources.DocumentCount);
        Assert.Equal(3, sources.Passages.Count);
        Assert.All(sources.Passages, p => Assert.Equal("Springfield", p.Marks.Single().Slice(p.Text)));
        Assert.Equal(["a.e1", "a.e2"], sources.Events.Select(e => e.Id));
    }

    [Fact]
    public async Task Sources_Event_ListsItsEvidence()
    {
        var sources = await _store.SourcesAsync("event:b.e1", ViewFilter.None);

        Assert.NotNull(sources);
        var passage = Assert.Single(sources.Passages);
        Assert.Equal("Borduria held talks with Ruritania.", passage.Text);
        Assert.Equal(passage.Text, passage.Marks.Single().Slice(passage.Text));
    }

    [Theory]
    [InlineData("gn:404")]
    [InlineData("event:zz.e9")]
    public async Task Sources_UnknownId_Null(string id) => Assert.Null(await _store.SourcesAsync(id, ViewFilter.None));

    [Fact]
    public async Task Document_Known_HighlightsDoNotOverlapAndPlacesWin()
    {
        var view = await _store.DocumentAsync("a");

        Assert.NotNull(view);
        Assert.Equal(SampleCorpus.TextA, view.Text);
        var spans = view.Highlights.Select(h => h.Span).ToList();
        Assert.All(spans.Zip(spans.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
        Assert.Equal(["Ruritania", "Springfield", "Borduria", "Springfield"], view.Highlights.Select(h => h.Span.Slice(view.Text)));
        Assert.Null(await _store.DocumentAsync("nope"));
    }

    [Fact]
    public async Task Actors_AcrossDocuments_MergedByIdWithReadableKeys()
    {
        var actors = await _store.ActorsAsync();

        Assert.Equal(["borduria", "ruritania"], actors.Select(a => a.Key).Order());
    }
}
