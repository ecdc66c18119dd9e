using Dashboard.Core.Extraction;
using Dashboard.Core.Documents;
using Dashboard.Core.Events;
using Dashboard.Core.Geography;
using Dashboard.Core.Places;
using Dashboard.Core.Text;
using Dashboard.Core.Time;
using Dashboard.Extraction.Pipeline;
using Dashboard.Store.Query;

namespace Dashboard.Store.Tests.Query;

/// <summary>Two small hand-built documents about invented places, so that query tests do not depend on the pipeline.</summary>
internal static class SampleCorpus
{
    public const string TextA = "Ruritania sent troops to Springfield on Monday. Borduria protested in Springfield.";
    public const string TextB = "Borduria held talks with Ruritania. Springfield was calm.";

    public static readonly PlaceCandidate Springfield = new("gn:1", "Springfield", PlaceKind.City, new GeoPoint(40, 20), "RU", 1, 1000, GeometryKind.Point, 1);
    public static readonly PlaceCandidate Capital = new("gn:2", "Capitol City", PlaceKind.City, new GeoPoint(41, 21), "RU", 2, 1000, GeometryKind.Point, 1);

    /// <summary>Saves both documents into a store, A first.</summary>
    public static void SaveInto(Dashboard.Store.Sqlite.IDocumentStore store)
    {
        foreach (var (document, i) in new[] { DocumentA(), DocumentB() }.Select((d, i) => (d, i)))
        {
            store.Save(document.Document, "hash-" + document.Document.Id, null, document.Result, new DateTimeOffset(2026, 1, 1, 0, 0, i, TimeSpan.Zero));
        }
    }

    public static ExtractedDocument DocumentA()
    {
        var prepared = new PreparedDocument(TextA, null, [new Passage("p1", PassageKind.Body, new TextSpan(0, 47)), new Passage("p2", PassageKind.Body, new TextSpan(48, TextA.Length))]);
        var places = new[] { Place(TextA, "Springfield", 0, "p1"), Place(TextA, "Springfield", 1, "p2") };
        var ruritania = Actor("country:RR", "Ruritania", ActorKind.Country, TextA, "Ruritania");
        var borduria = Actor("country:BD", "Borduria", ActorKind.Country, TextA, "Borduria");
        var monday = new DateInterval(new DateOnly(2022, 1, 10), new DateOnly(2022, 1, 10), TimePrecision.Day);
        var deploy = new NewsEvent("e1", "deploy", EventStatus.Happened, ["country:RR"], [], places[0], null, monday, [],
            [new Evidence(new TextSpan(0, 47), "p1")]) { DateBasis = DateBasis.NewsDay, Confidence = 0.9 };
        var protest = new NewsEvent("e2", "protest", EventStatus.Happened, ["country:BD"], [], places[1], null, null, [],
            [new Evidence(new TextSpan(48, TextA.Length), "p2")]) { PlaceBasis = PlaceBasis.Context, Confidence = 0.3 };
        var result = new ExtractionResult(prepared, places, []) { Actors = [ruritania, borduria], Events = [deploy, protest] };
        return new ExtractedDocument(new CorpusDocument("a", new DocumentMetadata("Story A", "Outlet", new DateOnly(2022, 1, 11), null), TextA), result);
    }

    public static ExtractedDocument DocumentB()
    {
        var prepared = new PreparedDocument(TextB, null, [new Passage("p1", PassageKind.Body, new TextSpan(0, 35)), new Passage("p2", PassageKind.Body, new TextSpan(36, TextB.Length))]);
        var places = new[] { Place(TextB, "Springfield", 0, "p2") };
        var actors = new[]
        {
            Actor("country:BD", "Borduria", ActorKind.Country, TextB, "Borduria"),
            Actor("country:RR", "Ruritania", ActorKind.Country, TextB, "Ruritania"),
        };
        var week = new DateInterval(new DateOnly(2022, 1, 3), new DateOnly(2022, 1, 9), TimePrecision.Week);
        var talks = new NewsEvent("e1", "meeting", EventStatus.Happened, ["country:BD"], ["country:RR"], null, null, week, [],
            [new Evidence(new TextSpan(0, 35), "p1")]);
        var result = new ExtractionResult(prepared, places, []) { Actors = actors, Events = [talks] };
        return new ExtractedDocument(new CorpusDocument("b", new DocumentMetadata("Story B", "Outlet", new DateOnly(2022, 1, 10), null), TextB), result);
    }

    /// <summary>A document that tells of one movement of <paramref name="type"/> from Capitol City to Springfield.</summary>
    public static ExtractedDocument Movement(string id, string type)
    {
        const string Text = "Ruritania moved troops from Capitol City to Springfield.";
        var prepared = new PreparedDocument(Text, null, [new Passage("p1", PassageKind.Body, new TextSpan(0, Text.Length))]);
        var to = Place(Text, "Springfield", 0, "p1");
        var mention = new PlaceMention(TextSpan.FromLength(Text.IndexOf("Capitol City", StringComparison.Ordinal), 12), "Capitol City", true, MentionCue.Name, "p1");
        var from = new ResolvedPlace(mention, Capital, PlaceKind.City, GeoPrecision.City, 0.9, [Capital]);
        var move = new NewsEvent("e1", type, EventStatus.Happened, ["country:RR"], [], to, from, null, [],
            [new Evidence(new TextSpan(0, Text.Length), "p1")]);
        var result = new ExtractionResult(prepared, [from, to], []) { Actors = [Actor("country:RR", "Ruritania", ActorKind.Country, Text, "Ruritania")], Events = [move] };
        return new ExtractedDocument(new CorpusDocument(id, new DocumentMetadata("Story " + id, "Outlet", new DateOnly(2022, 1, 12), null), Text), result);
    }

    private static ResolvedPlace Place(string text, string surface, int occurrence, string passage)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf(surface, start + 1, StringComparison.Ordinal);
        }

        var mention = new PlaceMention(TextSpan.FromLength(start, surface.Length), surface, true, MentionCue.Name, passage);
        return new ResolvedPlace(mention, Springfield, PlaceKind.City, GeoPrecision.City, 0.9, [Springfield, Capital]);
    }

    private static Actor Actor(string id, string name, ActorKind kind, string text, string surface) =>
        new(id, name, kind, null, null, [TextSpan.FromLength(text.IndexOf(surface, StringComparison.Ordinal), surface.Length)]);
}
