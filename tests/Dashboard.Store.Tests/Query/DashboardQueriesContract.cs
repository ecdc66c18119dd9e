using System.Collections.Frozen;
using Dashboard.Store.Query;

namespace Dashboard.Store.Tests.Query;

/// <summary>
/// The queries' contract: one suite, run against every store (SQLite here, PostgreSQL when a server is reachable),
/// over two small invented documents.
/// </summary>
public abstract class DashboardQueriesContract
{
    private IDashboardQueries? _queries;

    /// <summary>A new, empty store of the provider under test (or a skip with the reason).</summary>
    protected abstract Dashboard.Store.Sql.SqlStore CreateStore();

    private IDashboardQueries Store
    {
        get
        {
            if (_queries is null)
            {
                var store = CreateStore();
                SampleCorpus.SaveInto(store);
                _queries = store;
            }

            return _queries;
        }
    }

    private static readonly EventPageRequest AllEvents = new(100);

    private async Task<IReadOnlyList<EventRecord>> EventsAsync(ViewFilter filter) => (await Store.EventsAsync(filter, AllEvents)).Items;

    private async Task<MapPlace?> SpringfieldAsync(ViewFilter filter) =>
        (await Store.MapAsync(filter, new MapRequest(null, 5))).Places.SingleOrDefault();

    private static ViewFilter Filter(string[]? actors = null, string[]? types = null, DateOnly? from = null, DateOnly? to = null, string? text = null, string[]? docs = null) => new()
    {
        Actors = (actors ?? []).ToFrozenSet(),
        Types = (types ?? []).ToFrozenSet(),
        Documents = (docs ?? []).ToFrozenSet(),
        From = from,
        To = to,
        Text = text,
    };

    [SkippableFact]
    public async Task EventsPage_CursorPagesOfAnExactDivisor_LastFullPageHasNoNext()
    {
        var total = (await Store.EventsAsync(ViewFilter.None, AllEvents)).Total;
        var seen = new List<string>();
        long? after = null;
        var pages = 0;
        do
        {
            var page = await Store.EventsAsync(ViewFilter.None, new EventPageRequest(1, after: after));
            Assert.NotEmpty(page.Items); // no link ever leads to an empty page
            seen.AddRange(page.Items.Select(e => e.Id));
            after = page.Next;
            pages++;
        }
        while (after is not null && pages <= total);

        Assert.Equal(total, pages);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [SkippableFact]
    public async Task DocumentPage_OneAtATime_NewestFirstThenTheCursorLeadsOn()
    {
        var first = await Store.DocumentPageAsync(ViewFilter.None, new DocumentPageRequest(1));
        var second = await Store.DocumentPageAsync(ViewFilter.None, new DocumentPageRequest(1, first.Next));

        Assert.Equal(("b", 2), (string.Join(",", first.Items.Select(d => d.Id)), first.Total));
        Assert.Equal(["a"], second.Items.Select(d => d.Id));
        Assert.Null(second.Next);
    }

    [SkippableFact]
    public async Task DocumentPage_EventFilterOrFeed_OnlyMatchingDocuments()
    {
        var deploys = await Store.DocumentPageAsync(Filter(types: ["deploy"]), new DocumentPageRequest(10));
        var ofFeed = await Store.DocumentPageAsync(ViewFilter.None, new DocumentPageRequest(10, feed: "no-such-feed"));

        Assert.Equal(("a", 1), (string.Join(",", deploys.Items.Select(d => d.Id)), deploys.Total));
        Assert.Equal(0, ofFeed.Total);
    }

    [SkippableFact]
    public async Task Events_NoFilter_AllEventsWithGlobalIds()
    {
        var events = await EventsAsync(ViewFilter.None);

        Assert.Equal(["a.e1", "a.e2", "b.e1"], events.Select(e => e.Id));
    }

    [SkippableFact]
    public async Task Events_InferredPlace_KeepsItsBasis()
    {
        var events = await EventsAsync(ViewFilter.None);

        Assert.Equal([Core.Events.PlaceBasis.Stated, Core.Events.PlaceBasis.Context, Core.Events.PlaceBasis.Stated], events.Select(e => e.PlaceBasis));
    }

    [SkippableFact]
    public async Task Map_EventPlacedFromContext_CountedAsInferredWithAndWithoutFilters()
    {
        static async Task<(int, int)> Springfield(IDashboardQueries store, ViewFilter filter)
        {
            var place = (await store.MapAsync(filter, new MapRequest(null, 5))).Places.Single(p => p.Place.Id == "gn:1");
            return (place.EventCount, place.InferredEventCount);
        }

        Assert.Equal((2, 1), await Springfield(Store, ViewFilter.None));
        Assert.Equal((2, 1), await Springfield(Store, Filter(docs: ["a", "b"])));
        Assert.Equal((1, 1), await Springfield(Store, Filter(types: ["protest"])));
        Assert.Equal((1, 0), await Springfield(Store, ViewFilter.None with { StatedPlacesOnly = true }));
    }

    [SkippableFact]
    public async Task Events_InferredDate_KeepsItsBasis()
    {
        var events = await EventsAsync(ViewFilter.None);

        Assert.Equal([Core.Events.DateBasis.NewsDay, Core.Events.DateBasis.Stated, Core.Events.DateBasis.Stated], events.Select(e => e.DateBasis));
    }

    [SkippableFact]
    public async Task Events_Confidence_KeptAndUnscoredStaysNull() =>
        Assert.Equal([0.9, 0.3, null], (await EventsAsync(ViewFilter.None)).Select(e => e.Confidence));

    [SkippableFact]
    public async Task Events_MinConfidence_HidesDoubtfulAndKeepsUnscored() =>
        Assert.Equal(["a.e1", "b.e1"], (await EventsAsync(ViewFilter.None with { MinConfidence = 0.5 })).Select(e => e.Id));

    [SkippableFact]
    public async Task Map_MinConfidence_CountsOnlyTheSureEvents()
    {
        var place = (await Store.MapAsync(ViewFilter.None with { MinConfidence = 0.5 }, new MapRequest(null, 5))).Places.Single(p => p.Place.Id == "gn:1");

        Assert.Equal((1, 0), (place.EventCount, place.InferredEventCount));
    }

    [SkippableFact]
    public async Task Facets_MinConfidence_CountsOnlyTheSureEvents() =>
        Assert.Equal(2, (await Store.FacetsAsync(ViewFilter.None with { MinConfidence = 0.5 })).Matching);

    [SkippableFact]
    public async Task Events_SortedByConfidenceAscending_DoubtfulFirstUnscoredLast()
    {
        var page = await Store.EventsAsync(ViewFilter.None, new EventPageRequest(10, 0, EventSort.Confidence));

        Assert.Equal(["a.e2", "a.e1", "b.e1"], page.Items.Select(e => e.Id));
    }

    [SkippableFact]
    public async Task Events_StatedPlacesOnly_LeavesOutInferredPlaces() =>
        Assert.Equal(["a.e1"], (await EventsAsync(ViewFilter.None with { StatedPlacesOnly = true })).Select(e => e.Id));

    [SkippableFact]
    public async Task Events_StatedDatesOnly_LeavesOutInferredAndUndated() =>
        Assert.Equal(["b.e1"], (await EventsAsync(ViewFilter.None with { StatedDatesOnly = true })).Select(e => e.Id));

    [SkippableFact]
    public async Task Events_ActorFilter_MatchesSourcesAndTargets()
    {
        var events = await EventsAsync(Filter(actors: ["country:RR"]));

        Assert.Equal(["a.e1", "b.e1"], events.Select(e => e.Id));
    }

    [SkippableFact]
    public async Task Events_DayRange_KeepsOnlyEventsWhollyInside()
    {
        var day = new DateOnly(2022, 1, 10);
        Assert.Equal(["a.e1"], (await EventsAsync(Filter(from: day, to: day))).Select(e => e.Id));
        // The week of 3 January overlaps 9 January but is not known to be that day.
        var ninth = new DateOnly(2022, 1, 9);
        Assert.Empty(await EventsAsync(Filter(from: ninth, to: ninth)));
        Assert.Equal(["b.e1"], (await EventsAsync(Filter(from: new DateOnly(2022, 1, 3), to: ninth))).Select(e => e.Id));
    }

    [SkippableFact]
    public async Task Events_TextAndTypeAndDocument_Combine()
    {
        Assert.Equal(["a.e2"], (await EventsAsync(Filter(text: "PROTESTED"))).Select(e => e.Id));
        Assert.Equal(["b.e1"], (await EventsAsync(Filter(types: ["meeting", "arrest"]))).Select(e => e.Id));
        Assert.Empty(await EventsAsync(Filter(types: ["meeting"], docs: ["a"])));
    }

    [SkippableFact]
    public async Task Facets_ActorSelected_CountsOtherActorsWithoutTheActorFilter()
    {
        var facets = await Store.FacetsAsync(Filter(actors: ["country:RR"]));

        Assert.Equal(2, facets.Actors.Single(a => a.Value.Id == "country:BD").Count);
        Assert.Equal(2, facets.Actors.Single(a => a.Value.Id == "country:RR").Count);
        Assert.Equal([("deploy", 1), ("meeting", 1)], facets.Types.Select(t => (t.Value, t.Count)).Order());
        Assert.Equal(2, facets.Matching);
        Assert.Equal(3, facets.Total);
        Assert.Equal([(new DateOnly(2022, 1, 10), 1)], facets.Days.Select(d => (d.Value, d.Count)));
    }

    [SkippableFact]
    public async Task Places_EventFilterSet_KeepsOnlyMentionsInEvidencePassages()
    {
        var springfield = await SpringfieldAsync(ViewFilter.None);
        var deploy = await SpringfieldAsync(Filter(types: ["deploy"]));

        Assert.NotNull(springfield);
        Assert.Equal(3, springfield.MentionCount);
        Assert.Equal(2, springfield.DocumentCount);
        Assert.Equal(2, springfield.EventCount);
        Assert.Equal(1, deploy?.MentionCount);
    }

    [SkippableFact]
    public async Task Sources_Place_ListsEveryPassageWithTheMentionMarked()
    {
        var sources = await Store.SourcesAsync("gn:1", ViewFilter.None);

        Assert.NotNull(sources);
        Assert.Equal("Springfield", sources.Title);
        Assert.Equal(2, sources.DocumentCount);
        Assert.Equal(3, sources.Passages.Count);
        Assert.All(sources.Passages, p => Assert.Equal("Springfield", p.Marks.Single().Slice(p.Text)));
        Assert.Equal(["a.e1", "a.e2"], sources.Events.Select(e => e.Id));
    }

    [SkippableFact]
    public async Task Sources_Event_ListsItsEvidence()
    {
        var sources = await Store.SourcesAsync("event:b.e1", ViewFilter.None);

        Assert.NotNull(sources);
        var passage = Assert.Single(sources.Passages);
        Assert.Equal("Borduria held talks with Ruritania.", passage.Text);
        Assert.Equal(passage.Text, passage.Marks.Single().Slice(passage.Text));
    }

    [SkippableTheory]
    [InlineData("gn:404")]
    [InlineData("event:zz.e9")]
    public async Task Sources_UnknownId_Null(string id) => Assert.Null(await Store.SourcesAsync(id, ViewFilter.None));

    [SkippableFact]
    public async Task Document_Known_HighlightsDoNotOverlapAndPlacesWin()
    {
        var view = await Store.DocumentAsync("a");

        Assert.NotNull(view);
        Assert.Equal(SampleCorpus.TextA, view.Text);
        var spans = view.Highlights.Select(h => h.Span).ToList();
        Assert.All(spans.Zip(spans.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
        Assert.Equal(["Ruritania", "Springfield", "Borduria", "Springfield"], view.Highlights.Select(h => h.Span.Slice(view.Text)));
        Assert.Null(await Store.DocumentAsync("nope"));
    }

    [SkippableFact]
    public async Task Actors_AcrossDocuments_MergedByIdWithReadableKeys()
    {
        var actors = await Store.FindActorsAsync(["Borduria", "country:rr", "nobody"]);

        Assert.Equal(["borduria", "ruritania"], actors.Select(a => a.Key).Order());
    }

    [SkippableFact]
    public async Task Events_PagedWithACursor_EveryEventOnceInStoredOrder()
    {
        var first = await Store.EventsAsync(ViewFilter.None, new EventPageRequest(2));
        var second = await Store.EventsAsync(ViewFilter.None, new EventPageRequest(2, after: first.Next));

        Assert.Equal(3, first.Total);
        Assert.Equal(["a.e1", "a.e2"], first.Items.Select(e => e.Id));
        Assert.NotNull(first.Next);
        Assert.Equal(["b.e1"], second.Items.Select(e => e.Id));
        Assert.Null(second.Next);
    }

    [SkippableFact]
    public async Task Events_SortedByDateDescending_UndatedLast()
    {
        var page = await Store.EventsAsync(ViewFilter.None, new EventPageRequest(10, 0, EventSort.Date, descending: true));

        Assert.Equal(["a.e1", "b.e1", "a.e2"], page.Items.Select(e => e.Id));
    }

    [SkippableFact]
    public async Task Events_Record_CarriesActorsPlaceEvidenceText()
    {
        var e = Assert.Single(await EventsAsync(Filter(types: ["meeting"])));

        Assert.Equal(["Borduria"], e.Actors.Select(a => a.Name));
        Assert.Equal(["Ruritania"], e.Targets.Select(a => a.Name));
        Assert.Equal("Borduria held talks with Ruritania.", Assert.Single(e.Evidence).Text);
        Assert.Equal(Core.Time.TimePrecision.Week, e.When?.Precision);
        var deploy = (await EventsAsync(Filter(types: ["deploy"])))[0];
        Assert.Equal("Springfield", deploy.Place?.Name);
        Assert.Equal(new Core.Geography.GeoPoint(40, 20), deploy.Place?.Point);
    }

    [SkippableFact]
    public async Task Map_ViewportElsewhere_LeavesThePointOut()
    {
        var here = await Store.MapAsync(ViewFilter.None, new MapRequest(new BoundingBox(19, 39, 21, 41), 8));
        var elsewhere = await Store.MapAsync(ViewFilter.None, new MapRequest(new BoundingBox(-10, -10, 10, 10), 8));

        Assert.Single(here.Places);
        Assert.Empty(elsewhere.Places);
    }

    [SkippableFact]
    public async Task Map_SameRouteInThreeReports_OneArrowCountingThemBusiestRouteFirst()
    {
        var store = (Dashboard.Store.Sqlite.IDocumentStore)Store;
        var moves = new[] { ("m1", "deploy"), ("m2", "deploy"), ("m3", "transport"), ("m4", "deploy") }
            .Select(m => SampleCorpus.Movement(m.Item1, m.Item2)).ToList();
        store.SaveAll([.. moves.Select(m => new Dashboard.Store.Sqlite.DocumentToSave(m.Document, "hash-" + m.Document.Id, null, m.Result))], DateTimeOffset.UnixEpoch);
        var latest = (await Store.EventsAsync(Filter(docs: ["m4"]), AllEvents)).Items.Single().Id;

        var map = await Store.MapAsync(ViewFilter.None, new MapRequest(null, 5));

        Assert.Equal(["deploy 3 gn:2>gn:1", "transport 1 gn:2>gn:1"], map.Movements.Select(m => $"{m.Type} {m.Count} {m.Origin.Id}>{m.Place.Id}"));
        Assert.Equal(latest, map.Movements[0].EventId);
        Assert.Equal(2, (await Store.MapAsync(Filter(docs: ["m1", "m2"]), new MapRequest(null, 5))).Movements.Single().Count);
    }

    [SkippableFact]
    public async Task Sources_Route_EveryReportOfTheRouteAndOnlyTheirPassages()
    {
        var store = (Dashboard.Store.Sqlite.IDocumentStore)Store;
        var moves = new[] { ("m1", "deploy"), ("m2", "deploy"), ("m3", "transport") }.Select(m => SampleCorpus.Movement(m.Item1, m.Item2)).ToList();
        store.SaveAll([.. moves.Select(m => new Dashboard.Store.Sqlite.DocumentToSave(m.Document, "hash-" + m.Document.Id, null, m.Result))], DateTimeOffset.UnixEpoch);

        var sources = await Store.SourcesAsync(Selection.OfRoute("gn:2", "gn:1", "deploy"), ViewFilter.None);

        Assert.NotNull(sources);
        Assert.Equal("route:gn:2>gn:1>deploy", sources.SelectionId);
        Assert.Equal("Capitol City → Springfield", sources.Title);
        Assert.Equal("deploy", sources.EventType);
        Assert.Equal((2, 2), (sources.EventTotal, sources.DocumentCount));
        Assert.All(sources.Events, e => Assert.Equal("deploy", e.Type));
        Assert.Equal(["m1", "m2"], sources.Passages.Select(p => p.Document.Id).Order(StringComparer.Ordinal));
        Assert.Null(await Store.SourcesAsync("route:gn:2>gn:404>deploy", ViewFilter.None));
    }

    [SkippableFact]
    public async Task Extent_EventsWithAPlace_BoxAroundTheirPoints()
    {
        var extent = await Store.ExtentAsync(ViewFilter.None);

        Assert.Equal(new BoundingBox(20, 40, 20, 40), extent);
    }

    [SkippableFact]
    public async Task Extent_EventFilter_BoxAroundTheMatchingEvents() =>
        Assert.Equal(new BoundingBox(20, 40, 20, 40), await Store.ExtentAsync(Filter(types: ["deploy"])));

    [SkippableFact]
    public async Task Extent_NothingMatches_Null() => Assert.Null(await Store.ExtentAsync(Filter(text: "nowhere")));

    [SkippableFact]
    public async Task Text_WordPrefixes_MatchAccentsAndCaseFolded()
    {
        Assert.Equal(["a.e2"], (await EventsAsync(Filter(text: "protest"))).Select(e => e.Id));
        Assert.Equal(["b.e1"], (await EventsAsync(Filter(text: "TALKS ruritánia"))).Select(e => e.Id));
        Assert.Empty(await EventsAsync(Filter(text: "rotest")));
    }

    [SkippableFact]
    public async Task Correction_NotAPlace_RewritesOnlyThatDocumentsRows()
    {
        var store = (Dashboard.Store.Sqlite.IDocumentStore)Store;
        var mention = SampleCorpus.DocumentB().Result.Places[0].Mention.Span;
        var changes = 0;
        ((IStoreChanges)store).Changed += () => changes++;

        store.AddCorrection(new Corrections.Correction(0, "b", Corrections.CorrectionKind.NotAPlace, mention, null, null, "tester", DateTimeOffset.UnixEpoch));

        var springfield = await SpringfieldAsync(ViewFilter.None);
        Assert.Equal(2, springfield?.MentionCount);
        Assert.Equal(1, springfield?.DocumentCount);
        Assert.Equal(1, changes);
        Assert.Equal(2, (await Store.DocumentsAsync(DocumentQuery.ByIds(["a", "b"]))).Count);
    }

    [SkippableFact]
    public async Task Totals_AfterCorrectionReextractionAndReplacement_UnfilteredCountsEqualThoseReadFromTheRows()
    {
        var store = (Dashboard.Store.Sqlite.IDocumentStore)Store;
        var mention = SampleCorpus.DocumentB().Result.Places[0].Mention.Span;
        store.AddCorrection(new Corrections.Correction(0, "b", Corrections.CorrectionKind.NotAPlace, mention, null, null, "tester", DateTimeOffset.UnixEpoch));
        store.ReplaceExtraction("a", SampleCorpus.DocumentA().Result);
        var b = SampleCorpus.DocumentB();
        var metadata = new Dashboard.Core.Documents.DocumentMetadata("Story C", "Outlet", null, new Uri("https://example.org/c"));
        store.Save(new Dashboard.Core.Documents.CorpusDocument("c", metadata, b.Document.Text), "hash-c1", null, b.Result, DateTimeOffset.UnixEpoch);
        store.Save(new Dashboard.Core.Documents.CorpusDocument("d", metadata, b.Document.Text), "hash-c2", null, b.Result, DateTimeOffset.UnixEpoch);

        // Naming every document narrows nothing, but makes the store read the rows instead of its running totals.
        var everyDocument = Filter(docs: ["a", "b", "c", "d"]);
        static string Places(MapView map) => string.Join(" | ", map.Places.OrderBy(p => p.Place.Id).Select(p =>
            $"{p.Place.Id} {p.Place.Precision} {p.MentionCount} {p.DocumentCount} {p.InferredEventCount} {string.Join(",", p.Types.Select(t => $"{t.Value}:{t.Count}"))}"));
        static string Counts(Facets f) =>
            $"{string.Join(",", f.Actors.Select(a => $"{a.Value.Id}:{a.Count}"))} / {string.Join(",", f.Types.Select(t => $"{t.Value}:{t.Count}"))} / {f.Matching} / {f.Total}";

        var totals = await Store.MapAsync(ViewFilter.None, new MapRequest(null, 5));
        var rows = await Store.MapAsync(everyDocument, new MapRequest(null, 5));
        var facets = await Store.FacetsAsync(ViewFilter.None);

        Assert.Equal(Places(rows), Places(totals));
        Assert.Equal(await Store.ExtentAsync(everyDocument), await Store.ExtentAsync(ViewFilter.None));
        Assert.Equal(Counts(await Store.FacetsAsync(everyDocument)), Counts(facets));
        Assert.Equal(3, (await Store.DocumentsAsync(DocumentQuery.ByIds(["a", "b", "d"]))).Count);
        Assert.Equal((await EventsAsync(ViewFilter.None)).Count, facets.Total);
    }

    [SkippableTheory]
    [InlineData(0.0)]
    [InlineData(0.3)] // on an edge, and the confidence of one event: it is kept
    [InlineData(0.5)]
    [InlineData(0.55)] // the confidence the re-extraction gives: kept
    [InlineData(0.6)]
    [InlineData(0.9)]
    [InlineData(0.95)]
    [InlineData(0.31)] // not on an edge: read from the rows
    [InlineData(1.0)]
    public async Task Totals_HidingEventsBelowAThreshold_CountsEqualThoseReadFromTheRows(double threshold)
    {
        foreach (var statedPlaces in new[] { false, true })
        {
            await HidingEventsBelowAThreshold(threshold, statedPlaces);
        }
    }

    private async Task HidingEventsBelowAThreshold(double threshold, bool statedPlaces)
    {
        var store = (Dashboard.Store.Sqlite.IDocumentStore)Store;
        var a = SampleCorpus.DocumentA();
        // Re-extracted with another confidence: the old one's band is taken away, the new one's added.
        store.ReplaceExtraction("a", a.Result with { Events = [a.Result.Events[0] with { Confidence = 0.55 }, a.Result.Events[1]] });
        var filter = ViewFilter.None with { MinConfidence = threshold, StatedPlacesOnly = statedPlaces };
        // Naming every document narrows nothing, but makes the store read the rows instead of its running totals.
        var rows = filter with { Documents = new[] { "a", "b" }.ToFrozenSet() };
        static string Counts(Facets f) =>
            $"{string.Join(",", f.Actors.Select(a => $"{a.Value.Id}:{a.Count}"))} / {string.Join(",", f.Types.Select(t => $"{t.Value}:{t.Count}"))} / {f.Matching} / {f.Total}";
        static string Types(MapView map) => string.Join(" | ", map.Places.OrderBy(p => p.Place.Id).Select(p =>
            $"{p.Place.Id} {p.EventCount} {p.InferredEventCount} {string.Join(",", p.Types.Select(t => $"{t.Value}:{t.Count}"))}"));

        var expected = (await EventsAsync(filter)).Count;

        Assert.Equal(Counts(await Store.FacetsAsync(rows)), Counts(await Store.FacetsAsync(filter)));
        Assert.Equal(expected, (await Store.FacetsAsync(filter)).Matching);
        // the sample states the place of one event only: a.e1, re-extracted at 0.55
        Assert.True(!statedPlaces || expected == (threshold <= 0.55 ? 1 : 0), $"{expected} events with stated places at {threshold}");
        Assert.Equal(Types(await Store.MapAsync(rows, new MapRequest(null, 5))), Types(await Store.MapAsync(filter, new MapRequest(null, 5))));
    }

    [SkippableFact]
    public async Task Totals_DocumentReplacedWithinOneBatch_CountedOnce()
    {
        var store = (Dashboard.Store.Sqlite.IDocumentStore)Store;
        var b = SampleCorpus.DocumentB();
        var metadata = new Dashboard.Core.Documents.DocumentMetadata("Story C", "Outlet", null, new Uri("https://example.org/c"));
        store.SaveAll(
        [
            new Dashboard.Store.Sqlite.DocumentToSave(new Dashboard.Core.Documents.CorpusDocument("c", metadata, b.Document.Text), "hash-c1", null, b.Result),
            new Dashboard.Store.Sqlite.DocumentToSave(new Dashboard.Core.Documents.CorpusDocument("d", metadata, b.Document.Text), "hash-c2", null, b.Result),
        ], DateTimeOffset.UnixEpoch);

        var everyDocument = Filter(docs: ["a", "b", "d"]);
        var totals = await Store.MapAsync(ViewFilter.None, new MapRequest(null, 5));
        var rows = await Store.MapAsync(everyDocument, new MapRequest(null, 5));

        Assert.Equal(rows.Places.Select(p => (p.Place.Id, p.MentionCount, p.DocumentCount, p.EventCount)), totals.Places.Select(p => (p.Place.Id, p.MentionCount, p.DocumentCount, p.EventCount)));
        Assert.Equal((await Store.FacetsAsync(everyDocument)).Matching, (await Store.FacetsAsync(ViewFilter.None)).Total);
    }

    [SkippableFact]
    public async Task Documents_Saved_CountTheirEventsAndPlaceMentions()
    {
        var documents = await Store.DocumentsAsync(DocumentQuery.ByIds(["a", "b"]));

        Assert.Equal([("a", 2, 2), ("b", 1, 1)], documents.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => (d.Id, d.EventCount, d.PlaceCount)));
    }

    [SkippableFact]
    public async Task Documents_SavedWithACorrectionAlreadyRecorded_CountTheCorrectedEvents()
    {
        var store = CreateStore();
        var a = SampleCorpus.DocumentA();
        // Corrections are kept by document id: one recorded before the document is stored (as after it was removed and
        // ingested again) applies when it is stored.
        store.AddCorrection(new Dashboard.Store.Corrections.Correction(0, "a", Dashboard.Store.Corrections.CorrectionKind.DismissEvent,
            new Dashboard.Core.Text.TextSpan(48, SampleCorpus.TextA.Length), "protest", null, "analyst", DateTimeOffset.UnixEpoch));

        store.SaveAll([new Dashboard.Store.Sqlite.DocumentToSave(a.Document, "hash-a", null, a.Result)], DateTimeOffset.UnixEpoch);

        var saved = Assert.Single(await store.DocumentsAsync(DocumentQuery.ByIds(["a"])));
        Assert.Equal((1, 2), (saved.EventCount, saved.PlaceCount));
        Assert.Equal(["deploy"], (await store.EventsAsync(ViewFilter.None, AllEvents)).Items.Select(e => e.Type));
    }

    [SkippableFact]
    public void SaveAll_SameTextTwiceInOneBatch_TheSecondIsUnchangedAndPointsToTheFirst()
    {
        var store = CreateStore();
        var a = SampleCorpus.DocumentA();
        var again = new Dashboard.Core.Documents.CorpusDocument("a2", a.Document.Metadata, a.Document.Text);

        var outcomes = store.SaveAll(
            [new Dashboard.Store.Sqlite.DocumentToSave(a.Document, "hash-a", null, a.Result), new Dashboard.Store.Sqlite.DocumentToSave(again, "hash-a", null, a.Result)],
            DateTimeOffset.UnixEpoch);
        var later = store.SaveAll([new Dashboard.Store.Sqlite.DocumentToSave(again, "hash-a", null, a.Result)], DateTimeOffset.UnixEpoch);

        Assert.Equal([(Dashboard.Store.Sqlite.SaveOutcome.Added, "a"), (Dashboard.Store.Sqlite.SaveOutcome.Unchanged, "a")], outcomes);
        Assert.Equal([(Dashboard.Store.Sqlite.SaveOutcome.Unchanged, "a")], later);
        Assert.Equal(1, store.DocumentCount);
    }

    [SkippableFact]
    public async Task SaveAll_NewVersionOfAnArticleInTheSameBatch_ReplacesTheFirstWithItsRows()
    {
        var store = CreateStore();
        var a = SampleCorpus.DocumentA();
        var b = SampleCorpus.DocumentB();
        var url = new Uri("https://news.example/story");
        var first = new Dashboard.Core.Documents.CorpusDocument("a", WithUrl(a.Document.Metadata, url), a.Document.Text);
        var second = new Dashboard.Core.Documents.CorpusDocument("b", WithUrl(b.Document.Metadata, url), b.Document.Text);

        var outcomes = store.SaveAll(
            [new Dashboard.Store.Sqlite.DocumentToSave(first, "hash-a", null, a.Result), new Dashboard.Store.Sqlite.DocumentToSave(second, "hash-b", null, b.Result)],
            DateTimeOffset.UnixEpoch);

        Assert.Equal([(Dashboard.Store.Sqlite.SaveOutcome.Added, "a"), (Dashboard.Store.Sqlite.SaveOutcome.Replaced, "b")], outcomes);
        Assert.Equal(1, store.DocumentCount);
        Assert.Equal(["meeting"], (await store.EventsAsync(ViewFilter.None, AllEvents)).Items.Select(e => e.Type));
        Assert.Equal(1, (await store.FacetsAsync(ViewFilter.None)).Total);
    }

    private static Dashboard.Core.Documents.DocumentMetadata WithUrl(Dashboard.Core.Documents.DocumentMetadata m, Uri url) => new(m.Title, m.Outlet, m.Published, url);
}
