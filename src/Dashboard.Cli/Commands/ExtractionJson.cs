using Dashboard.Core.Extraction;
using System.Text.Json;
using Dashboard.Core.Places;
using Dashboard.Extraction.Pipeline;

namespace Dashboard.Cli.Commands;

/// <summary>Writes the <c>extract</c> JSON contract (field names fixed by the geoparser issue; extras allowed).</summary>
internal static class ExtractionJson
{
    public static void Write(Utf8JsonWriter w, ExtractionResult result, string? title, DateOnly? published, bool includeText = false, Dashboard.Feeds.Articles.PageMetadata? page = null)
    {
        w.WriteStartObject();
        w.WriteStartObject("document");
        w.WriteString("title", title ?? result.Document.Title);
        if (page is not null)
        {
            // A web page (fetched or saved): its outlet and address, and where its publication date came from.
            w.WriteString("outlet", page.Outlet);
            w.WriteString("url", page.Url?.ToString());
            w.WriteString("published_from", Lower(published is null ? "unknown" : published == page.Published ? page.PublishedFrom.ToString() : "given"));
        }

        if (published is { } date)
        {
            w.WriteString("published", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull("published");
        }

        w.WriteNumber("length", result.Document.Text.Length);
        if (includeText)
        {
            w.WriteString("text", result.Document.Text); // the text offsets refer to, when it is not the file itself
        }

        w.WriteEndObject();

        w.WriteStartArray("passages");
        foreach (var p in result.Document.Passages)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            w.WriteNumber("start", p.Span.Start);
            w.WriteNumber("end", p.Span.End);
            w.WriteString("kind", Lower(p.Kind.ToString()));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("places");
        foreach (var place in result.Places)
        {
            WritePlace(w, place);
        }

        w.WriteEndArray();
        w.WriteStartArray("actors");
        foreach (var actor in result.Actors)
        {
            w.WriteStartObject();
            w.WriteString("id", actor.Id);
            w.WriteString("name", actor.Name);
            w.WriteString("kind", Lower(actor.Kind.ToString()));
            WriteNullable(w, "country", actor.Country);
            WriteNullable(w, "role", actor.Role);
            w.WriteStartArray("mentions");
            foreach (var mention in actor.Mentions)
            {
                w.WriteStartObject();
                w.WriteNumber("start", mention.Start);
                w.WriteNumber("end", mention.End);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("quantities");
        foreach (var quantity in result.Quantities)
        {
            w.WriteStartObject();
            w.WriteString("surface", quantity.Surface);
            w.WriteNumber("start", quantity.Span.Start);
            w.WriteNumber("end", quantity.Span.End);
            WriteNumber(w, "value", quantity.Value);
            WriteNumber(w, "min", quantity.Min);
            WriteNumber(w, "max", quantity.Max);
            w.WriteString("unit", quantity.Unit);
            w.WriteBoolean("approximate", quantity.Approximate);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("events");
        foreach (var e in result.Events)
        {
            WriteEvent(w, e);
        }

        w.WriteEndArray();
        w.WriteStartArray("dates");
        foreach (var expression in result.Dates)
        {
            w.WriteStartObject();
            w.WriteString("surface", expression.Surface);
            w.WriteNumber("start", expression.Span.Start);
            w.WriteNumber("end", expression.Span.End);
            w.WriteString("passage", expression.PassageId);
            w.WriteString("date", expression.Interval.ToString());
            w.WriteString("precision", Lower(expression.Interval.Precision.ToString()));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePlace(Utf8JsonWriter w, ResolvedPlace place)
    {
        var m = place.Mention;
        var c = place.Choice;
        w.WriteStartObject();
        w.WriteString("surface", m.Surface);
        w.WriteNumber("start", m.Span.Start);
        w.WriteNumber("end", m.Span.End);
        w.WriteString("passage", m.PassageId);
        w.WriteBoolean("literal", m.Literal);
        w.WriteString("cue", Lower(m.Cue.ToString()));
        WriteNullable(w, "name", c?.Name);
        w.WriteString("kind", Lower(place.Kind.ToString()));
        w.WriteString("precision", Lower(place.Precision.ToString()));
        WriteNullable(w, "country", c?.Country);
        if (c?.Point is { } point)
        {
            w.WriteNumber("lat", Math.Round(point.Latitude, 5));
            w.WriteNumber("lon", Math.Round(point.Longitude, 5));
        }
        else
        {
            w.WriteNull("lat");
            w.WriteNull("lon");
        }

        if (c?.GeonameId is { } id)
        {
            w.WriteNumber("geonamesId", id);
        }
        else
        {
            w.WriteNull("geonamesId");
        }

        w.WriteNumber("confidence", Math.Round(place.Confidence, 3));
        WriteNullable(w, "geometry", c is null ? null : Lower(c.Geometry.ToString()));
        WriteNullable(w, "id", c?.Id);
        if (c is not null)
        {
            w.WriteNumber("score", Math.Round(c.Score, 3));
        }

        w.WriteStartArray("alternatives");
        foreach (var a in place.Alternatives)
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteString("name", a.Name);
            w.WriteString("kind", Lower(a.Kind.ToString()));
            WriteNullable(w, "country", a.Country);
            w.WriteNumber("score", Math.Round(a.Score, 3));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter w, Core.Events.NewsEvent e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("type", e.Type);
        w.WriteString("status", Lower(e.Status.ToString()));
        w.WriteStartArray("actors");
        foreach (var a in e.Actors)
        {
            w.WriteStringValue(a);
        }

        w.WriteEndArray();
        w.WriteStartArray("targets");
        foreach (var a in e.Targets)
        {
            w.WriteStringValue(a);
        }

        w.WriteEndArray();
        WriteEventPlace(w, "place", e.Place);
        WriteNullable(w, "placeBasis", e.Place is null ? null : Lower(e.PlaceBasis.ToString()));
        WriteEventPlace(w, "origin", e.Origin);
        WriteNullable(w, "date", e.When?.ToString());
        WriteNullable(w, "datePrecision", e.When is { } when ? Lower(when.Precision.ToString()) : null);
        WriteNullable(w, "dateBasis", e.When is null ? null : Lower(e.DateBasis.ToString()));
        WriteNumber(w, "confidence", e.Confidence);
        w.WriteStartArray("quantities");
        foreach (var q in e.Quantities)
        {
            w.WriteStartObject();
            WriteNumber(w, "value", q.Value);
            WriteNumber(w, "min", q.Min);
            WriteNumber(w, "max", q.Max);
            w.WriteString("unit", q.Unit);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("evidence");
        foreach (var evidence in e.Evidence)
        {
            w.WriteStartObject();
            w.WriteNumber("start", evidence.Span.Start);
            w.WriteNumber("end", evidence.Span.End);
            w.WriteString("passage", evidence.PassageId);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteEventPlace(Utf8JsonWriter w, string name, ResolvedPlace? place)
    {
        if (place?.Choice is not { } c)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("name", c.Name);
        WriteNumber(w, "lat", c.Point?.Latitude);
        WriteNumber(w, "lon", c.Point?.Longitude);
        w.WriteString("kind", Lower(place.Kind.ToString()));
        WriteNullable(w, "country", c.Country);
        w.WriteString("surface", place.Mention.Surface);
        w.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static string Lower(string s) => s.ToLowerInvariant();
}
