using Dashboard.Core.Documents;
using Dashboard.Core.Events;
using Dashboard.Core.Text;

namespace Dashboard.Store.Query;

/// <summary>
/// The dashboard queries over extraction results held in memory: built once at start-up from the demo corpus until the
/// persistent store lands. Lookups go through dictionaries built here, not scans of the raw results per request.
/// </summary>
public sealed class InMemoryDashboardStore : IDashboardQueries
{
    private readonly IReadOnlyList<DocumentSummary> _documents;
    private readonly Dictionary<string, DocumentSummary> _documentById;
    private readonly Dictionary<string, ExtractedDocument> _extracted;
    private readonly IReadOnlyList<ActorRef> _actors;
    private readonly List<EventRecord> _events;
    private readonly Dictionary<string, EventRecord> _eventById;
    private readonly List<MentionRecord> _mentions;
    private readonly Dictionary<(string Document, string Passage), Passage> _passages;

    private InMemoryDashboardStore(IReadOnlyList<ExtractedDocument> documents, IReadOnlySet<(string DocumentId, TextSpan Span)> corrected)
    {
        _extracted = documents.ToDictionary(d => d.Document.Id, StringComparer.Ordinal);
        var keys = ActorKeys.Assign(documents.SelectMany(d => d.Result.Actors));
        var actorById = new Dictionary<string, ActorRef>(StringComparer.Ordinal);
        foreach (var actor in documents.SelectMany(d => d.Result.Actors))
        {
            actorById.TryAdd(actor.Id, new ActorRef(actor.Id, keys[actor.Id], actor.Name, actor.Kind, actor.Country));
        }

        _actors = [.. actorById.Values.OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.OrdinalIgnoreCase)];
        _passages = [];
        var events = new List<EventRecord>();
        var mentions = new List<MentionRecord>();
        var summaries = new List<DocumentSummary>();
        foreach (var (document, result) in documents)
        {
            foreach (var passage in result.Document.Passages)
            {
                _passages[(document.Id, passage.Id)] = passage;
            }

            var docEvents = result.Events.Select(e => ToRecord(document.Id, result.Document.Text, e, actorById)).ToList();
            events.AddRange(docEvents);
            var docMentions = result.Places
                .Select(p => PlaceRef.From(p) is { } place
                    ? new MentionRecord(document.Id, p.Mention.PassageId, p.Mention.Span, p.Mention.Surface, place, p.Mention.Literal)
                    {
                        Alternatives = [.. p.Alternatives.Where(a => a.Id != place.Id)],
                        Corrected = corrected.Contains((document.Id, p.Mention.Span)),
                    }
                    : null)
                .OfType<MentionRecord>()
                .ToList();
            mentions.AddRange(docMentions);
            summaries.Add(new DocumentSummary(document.Id, document.Metadata, docEvents.Count, docMentions.Count));
        }

        _documents = [.. summaries.OrderByDescending(d => d.Metadata.Published).ThenBy(d => d.Metadata.Title, StringComparer.Ordinal)];
        _documentById = summaries.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _events = events;
        _eventById = events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _mentions = mentions;
    }

    /// <param name="documents">The documents and their (corrected) extractions.</param>
    /// <param name="corrected">Mentions an analyst corrected, shown with a badge.</param>
    public static InMemoryDashboardStore Create(IEnumerable<ExtractedDocument> documents, IReadOnlySet<(string DocumentId, TextSpan Span)>? corrected = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var distinct = documents.GroupBy(d => d.Document.Id, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        return new InMemoryDashboardStore(distinct, corrected ?? new HashSet<(string, TextSpan)>());
    }

    public Task<IReadOnlyList<DocumentSummary>> DocumentsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(_documents);

    public Task<IReadOnlyList<ActorRef>> ActorsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(_actors);

    public Task<IReadOnlyList<EventRecord>> EventsAsync(ViewFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        IReadOnlyList<EventRecord> matching = [.. _events.Where(e => Matches(e, filter, actors: true, types: true, dates: true))];
        return Task.FromResult(matching);
    }

    public Task<IReadOnlyList<PlaceSummary>> PlacesAsync(ViewFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var events = _events.Where(e => Matches(e, filter, actors: true, types: true, dates: true)).ToList();
        var passages = filter.FiltersEvents
            ? events.SelectMany(e => e.Evidence).Select(v => (v.DocumentId, v.PassageId)).ToHashSet()
            : null;
        var eventCounts = events.Where(e => e.Place is not null)
            .GroupBy(e => e.Place!.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        IReadOnlyList<PlaceSummary> places =
        [
            .. _mentions
                .Where(m => filter.MatchesDocument(m.DocumentId)
                            && (passages is null || passages.Contains((m.DocumentId, m.PassageId)))
                            && filter.MatchesText(PassageText(m.DocumentId, m.PassageId)))
                .GroupBy(m => m.Place.Id, StringComparer.Ordinal)
                .Select(g => new PlaceSummary(g.First().Place, [.. g], eventCounts.GetValueOrDefault(g.Key)))
                .OrderByDescending(p => p.Mentions.Count)
                .ThenBy(p => p.Place.Id, StringComparer.Ordinal),
        ];
        return Task.FromResult(places);
    }

    public Task<Facets> FacetsAsync(ViewFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var base_ = _events.Where(e => Matches(e, filter, actors: false, types: false, dates: false)).ToList();
        var actorCounts = base_.Where(e => filter.MatchesType(e) && filter.MatchesDate(e))
            .SelectMany(e => e.Actors.Concat(e.Targets).DistinctBy(a => a.Id))
            .GroupBy(a => a.Id, StringComparer.Ordinal)
            .Select(g => new FacetCount<ActorRef>(g.First(), g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Value.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var typeCounts = base_.Where(e => filter.MatchesActors(e) && filter.MatchesDate(e))
            .GroupBy(e => e.Type, StringComparer.Ordinal)
            .Select(g => new FacetCount<string>(g.Key, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal)
            .ToList();
        var undatedOrDated = base_.Where(e => filter.MatchesActors(e) && filter.MatchesType(e)).ToList();
        var days = undatedOrDated.Where(e => e.When is { IsSingleDay: true } && (!filter.StatedDatesOnly || e.DateBasis == Core.Events.DateBasis.Stated))
            .GroupBy(e => e.When!.Value.Start)
            .Select(g => new FacetCount<DateOnly>(g.Key, g.Count()))
            .OrderBy(c => c.Value)
            .ToList();
        var matching = undatedOrDated.Count(filter.MatchesDate);
        return Task.FromResult(new Facets(actorCounts, typeCounts, days, matching, undatedOrDated.Count(e => e.When is null), _events.Count));
    }

    public Task<SourcesView?> SourcesAsync(string selectionId, ViewFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selectionId);
        ArgumentNullException.ThrowIfNull(filter);
        return Task.FromResult(selectionId.StartsWith(EventPrefix, StringComparison.Ordinal)
            ? EventSources(selectionId[EventPrefix.Length..])
            : PlaceSources(selectionId, filter));
    }

    public Task<DocumentView?> DocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        if (!_extracted.TryGetValue(documentId, out var extracted))
        {
            return Task.FromResult<DocumentView?>(null);
        }

        var result = extracted.Result;
        var candidates = new List<Highlight>();
        foreach (var place in result.Places)
        {
            if (PlaceRef.From(place) is { } p)
            {
                candidates.Add(new Highlight(place.Mention.Span, HighlightKind.Place, p.Id, $"{p.Name} ({Labels.Precision(p.Precision)})") { Point = p.Point });
            }
        }

        foreach (var date in result.Dates)
        {
            candidates.Add(new Highlight(date.Span, HighlightKind.Date, date.Interval.ToString(), Labels.Date(date.Interval)));
        }

        foreach (var actor in result.Actors)
        {
            foreach (var span in actor.Mentions)
            {
                candidates.Add(new Highlight(span, HighlightKind.Actor, actor.Id, actor.Name));
            }
        }

        // Places first, then dates, then actors: a stretch that is both a place and an actor links to the map.
        var kept = new List<Highlight>();
        foreach (var h in candidates.OrderBy(h => h.Kind).ThenBy(h => h.Span.Start))
        {
            if (!kept.Any(k => k.Span.Overlaps(h.Span)))
            {
                kept.Add(h);
            }
        }

        var view = new DocumentView(_documentById[documentId], result.Document.Text, result.Document.Passages, [.. kept.OrderBy(h => h.Span.Start)]);
        return Task.FromResult<DocumentView?>(view);
    }

    /// <summary>The prefix that marks an event id in a selection.</summary>
    public const string EventPrefix = "event:";

    private SourcesView? EventSources(string eventId)
    {
        if (!_eventById.TryGetValue(eventId, out var e))
        {
            return null;
        }

        var passages = e.Evidence
            .GroupBy(v => (v.DocumentId, v.PassageId))
            .Select(g => Source(g.Key.DocumentId, g.Key.PassageId, [.. g.Select(v => v.Span)], [e.Id]))
            .OfType<SourcePassage>()
            .ToList();
        var title = e.Place is { } place ? $"{Labels.EventType(e.Type)} · {place.Name}" : Labels.EventType(e.Type);
        return new SourcesView(EventPrefix + e.Id, title, e.Place is { } p ? Labels.Precision(p.Precision) : "no place", [e], passages);
    }

    private SourcesView? PlaceSources(string placeId, ViewFilter filter)
    {
        var mentions = _mentions.Where(m => m.Place.Id == placeId).ToList();
        if (mentions.Count == 0)
        {
            return null;
        }

        var events = _events
            .Where(e => (e.Place?.Id == placeId || e.Origin?.Id == placeId) && Matches(e, filter, actors: true, types: true, dates: true))
            .ToList();
        var eventPassages = events.SelectMany(e => e.Evidence.Select(v => ((v.DocumentId, v.PassageId), e.Id)))
            .GroupBy(x => x.Item1)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Id).Distinct(StringComparer.Ordinal).ToList());
        var keys = filter.FiltersEvents
            ? eventPassages.Keys.ToList()
            : mentions.Where(m => filter.MatchesDocument(m.DocumentId)).Select(m => (m.DocumentId, m.PassageId))
                .Concat(eventPassages.Keys).Distinct().ToList();
        var passages = keys
            .Where(k => filter.MatchesText(PassageText(k.DocumentId, k.PassageId)))
            .Select(k => Source(k.DocumentId, k.PassageId,
                [.. mentions.Where(m => m.DocumentId == k.DocumentId && m.PassageId == k.PassageId).Select(m => m.Span)],
                eventPassages.GetValueOrDefault(k) ?? []) is { } source
                ? source with { Mentions = [.. mentions.Where(m => m.DocumentId == k.DocumentId && m.PassageId == k.PassageId)] }
                : null)
            .OfType<SourcePassage>()
            .OrderByDescending(s => s.Document.Metadata.Published)
            .ThenBy(s => s.Document.Id, StringComparer.Ordinal)
            .ThenBy(s => s.Span.Start)
            .ToList();
        var place = mentions[0].Place;
        return new SourcesView(placeId, place.Name, Labels.Precision(place.Precision), events, passages);
    }

    private SourcePassage? Source(string documentId, string passageId, IReadOnlyList<TextSpan> marks, IReadOnlyList<string> eventIds)
    {
        if (!_passages.TryGetValue((documentId, passageId), out var passage))
        {
            return null;
        }

        var text = passage.Span.Slice(_extracted[documentId].Result.Document.Text);
        var relative = marks.Where(passage.Span.Contains)
            .Select(s => new TextSpan(s.Start - passage.Span.Start, s.End - passage.Span.Start))
            .OrderBy(s => s.Start)
            .ToList();
        return new SourcePassage(_documentById[documentId], passageId, passage.Kind, passage.Span, text, relative, eventIds);
    }

    private string PassageText(string documentId, string passageId) =>
        _passages.TryGetValue((documentId, passageId), out var passage)
            ? passage.Span.Slice(_extracted[documentId].Result.Document.Text)
            : string.Empty;

    private bool Matches(EventRecord e, ViewFilter filter, bool actors, bool types, bool dates) =>
        filter.MatchesDocument(e.DocumentId)
        && (!actors || filter.MatchesActors(e))
        && (!types || filter.MatchesType(e))
        && (!dates || filter.MatchesDate(e))
        && (string.IsNullOrWhiteSpace(filter.Text) || e.Evidence.Any(v => filter.MatchesText(PassageText(v.DocumentId, v.PassageId))));

    private static EventRecord ToRecord(string documentId, string text, NewsEvent e, Dictionary<string, ActorRef> actors) => new(
        $"{documentId}.{e.Id}",
        documentId,
        e.Type,
        e.Status,
        [.. e.Actors.Select(actors.GetValueOrDefault).OfType<ActorRef>()],
        [.. e.Targets.Select(actors.GetValueOrDefault).OfType<ActorRef>()],
        PlaceRef.From(e.Place),
        PlaceRef.From(e.Origin),
        e.When,
        e.Quantities,
        [.. e.Evidence.Select(v => new EvidenceRecord(documentId, v.PassageId, v.Span, v.Span.Slice(text)))])
    {
        DateBasis = e.DateBasis,
    };
}
