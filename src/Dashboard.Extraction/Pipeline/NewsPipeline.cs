using Dashboard.Core.Extraction;
using Dashboard.Core.Places;
using Dashboard.Core.Results;
using Dashboard.Extraction.Actors;
using Dashboard.Extraction.Dates;
using Dashboard.Extraction.Events;
using Dashboard.Extraction.Events.Confidence;
using Dashboard.Extraction.Lexicons;
using Dashboard.Extraction.Prepare;
using Dashboard.Extraction.Quantities;
using Dashboard.Extraction.Recognise;
using Dashboard.Extraction.Resolve;
using Dashboard.Geo;

namespace Dashboard.Extraction.Pipeline;

/// <summary>
/// Composes the stages: prepare → recognise → resolve → actors → dates → quantities → events. Pure: the same text, publication date and data give
/// the same result.
/// </summary>
public sealed class NewsPipeline
{
    private readonly ToponymRecognizer _recognizer;
    private readonly ToponymResolver _resolver;
    private readonly ActorRecognizer _actors;
    private readonly QuantityRecognizer _quantities;
    private readonly EventExtractor _events;

    public NewsPipeline(GeoData geo, LexiconSet lexicons)
    {
        var regionAdjectives = new RegionAdjectives(geo.Gazetteer); // one table for both stages
        _recognizer = new ToponymRecognizer(geo.Gazetteer, lexicons, regionAdjectives);
        _resolver = new ToponymResolver(geo, lexicons, regionAdjectives);
        _actors = new ActorRecognizer(geo.Gazetteer, lexicons);
        _quantities = new QuantityRecognizer(
            lexicons.Actors.Units, EventUnits.CountedForms(lexicons.Actors.Triggers.Select(t => KeyValuePair.Create(t.Key, t.Value.Type))));
        _events = new EventExtractor(lexicons, geo.Gazetteer.Countries.ToDictionary(c => c.Iso2, c => c.Capitals, StringComparer.Ordinal));
        Lexicons = lexicons;
    }

    /// <summary>The lexicons the stages use (for example the ACLED pair of each event type, for exports).</summary>
    public LexiconSet Lexicons { get; }

    internal ToponymRecognizer Recognizer => _recognizer;

    internal ToponymResolver Resolver => _resolver;

    internal ActorRecognizer Actors => _actors;

    internal QuantityRecognizer Quantities => _quantities;

    internal EventExtractor Events => _events;

    /// <summary>Loads the geographic data and lexicons from <paramref name="geo"/>'s data folder.</summary>
    public static Result<NewsPipeline> Create(GeoData geo)
    {
        ArgumentNullException.ThrowIfNull(geo);
        var lexicons = LexiconSet.Load(geo.Root);
        return lexicons.IsSuccess
            ? Result<NewsPipeline>.Success(new NewsPipeline(geo, lexicons.Value))
            : Result<NewsPipeline>.Failure(lexicons.Error!);
    }

    /// <summary>
    /// Extracts within a time budget: null when it ran out. The extraction then stops at its next stage, on a pool thread,
    /// so the caller is free at once and a pathological document cannot hold an ingest or the app.
    /// </summary>
    public ExtractionResult? ExtractWithin(TimeSpan budget, string text, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var deadline = new CancellationTokenSource(budget);
        var token = deadline.Token; // read before the work starts, so that it never touches a disposed source
        var work = Task.Run(() => Extract(text, published, token), token);
        // Whenever the work ends (in time or abandoned), its source is disposed and its outcome observed.
        _ = work.ContinueWith(
            t =>
            {
                _ = t.Exception;
                deadline.Dispose();
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            if (work.Wait(budget))
            {
                return work.Result;
            }

            deadline.Cancel();
            return null;
        }
        catch (AggregateException e) when (e.InnerException is OperationCanceledException)
        {
            return null;
        }
        catch (AggregateException e) when (e.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(inner).Throw();
            throw;
        }
    }

    /// <param name="text">The article as read.</param>
    /// <param name="published">The publication date relative dates resolve against; without it they are skipped.</param>
    /// <param name="cancellationToken">Checked between stages: a time budget stops an extraction at the next stage.</param>
    public ExtractionResult Extract(string text, DateOnly? published = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = DocumentPreparer.Prepare(text);
        try
        {
            var (places, actors, dates, quantities, day) = Facts(document, published, cancellationToken);
            var events = _events.Extract(document, places, actors, dates, quantities, day);
            return new ExtractionResult(document, places, dates) { Actors = actors, Quantities = quantities, Events = events };
        }
        finally
        {
            PassageTokens.Release(document); // a pool thread keeps no tokens of a large document after it
        }
    }

    /// <summary>Every event candidate the rules find in the text, kept or not, with its features and confidence (for training).</summary>
    public IReadOnlyList<EventCandidate> ExtractCandidates(string text, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = DocumentPreparer.Prepare(text);
        try
        {
            var (places, actors, dates, quantities, day) = Facts(document, published, CancellationToken.None);
            return _events.ExtractCandidates(document, places, actors, dates, quantities, day);
        }
        finally
        {
            PassageTokens.Release(document);
        }
    }

    /// <summary>
    /// The stages before events: places, actors, dates and amounts, and the day relative dates resolve against (the
    /// publication date, else the article's dateline: <see cref="Dateline"/>).
    /// </summary>
    private (IReadOnlyList<ResolvedPlace> Places, IReadOnlyList<Core.Events.Actor> Actors, IReadOnlyList<Core.Time.TimeExpression> Dates, IReadOnlyList<Core.Events.Quantity> Quantities, DateOnly? Day) Facts(
        Core.Documents.PreparedDocument document, DateOnly? published, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var mentions = _recognizer.Recognise(document);
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<ResolvedPlace> places = _resolver.Resolve(document, mentions);
        cancellationToken.ThrowIfCancellationRequested();
        var actors = _actors.Recognise(document, places);
        var dates = DateRecognizer.Recognise(document, published);
        if (published is null && Dateline.Day(dates) is { } day)
        {
            published = day;
            dates = DateRecognizer.Recognise(document, day); // an undated article with a dateline: "on Tuesday" resolves now
        }

        var quantities = _quantities.Recognise(document);
        cancellationToken.ThrowIfCancellationRequested();
        return (places, actors, dates, quantities, published);
    }
}
