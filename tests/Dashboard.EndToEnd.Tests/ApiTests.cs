using System.Text.Json;

namespace Dashboard.EndToEnd.Tests;

[Collection(ApiCollection.Name)]
public sealed class ApiTests(BrowserFixture browser)
{
    [Fact]
    public async Task Events_Filtered_GeoJsonFeaturesWithEvidenceOffsetsIntoTheText()
    {
        await using var context = await browser.NewContextAsync();
        var response = await context.APIRequest.GetAsync("api/events?type=deploy");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/geo+json", response.Headers["content-type"], StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await response.BodyAsync());
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.NotEmpty(features);
        foreach (var feature in features)
        {
            var p = feature.GetProperty("properties");
            Assert.Equal("deploy", p.GetProperty("type").GetString());
            var evidence = p.GetProperty("evidence")[0];
            Assert.True(evidence.GetProperty("end").GetInt32() > evidence.GetProperty("start").GetInt32());
            Assert.Equal(evidence.GetProperty("end").GetInt32() - evidence.GetProperty("start").GetInt32(), evidence.GetProperty("text").GetString()!.Length);
        }
    }

    [Fact]
    public async Task Events_StatedPlacesOnly_LeavesOutInferredPlaces()
    {
        await using var context = await browser.NewContextAsync();
        using var all = JsonDocument.Parse(await (await context.APIRequest.GetAsync("api/events")).BodyAsync());
        using var stated = JsonDocument.Parse(await (await context.APIRequest.GetAsync("api/events?places=stated")).BodyAsync());

        var everything = all.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties")).ToList();
        var kept = stated.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties")).ToList();
        Assert.Contains(everything, p => p.GetProperty("placeBasis").GetString() == "context");
        Assert.NotEmpty(kept);
        Assert.All(kept, p => Assert.Equal("stated", p.GetProperty("placeBasis").GetString()));
        Assert.Equal(everything.Count(p => p.GetProperty("placeBasis").GetString() == "stated"), kept.Count);
        Assert.Equal(400, (await context.APIRequest.GetAsync("api/events?places=maybe")).Status);
    }

    [Fact]
    public async Task Events_MinConfidence_KeepsOnlyEventsAtOrAboveIt()
    {
        await using var context = await browser.NewContextAsync();
        using var all = JsonDocument.Parse(await (await context.APIRequest.GetAsync("api/events")).BodyAsync());
        using var sure = JsonDocument.Parse(await (await context.APIRequest.GetAsync("api/events?conf=0.55")).BodyAsync());

        var everything = all.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("confidence").GetDouble()).ToList();
        var kept = sure.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("confidence").GetDouble()).ToList();
        Assert.All(everything, c => Assert.InRange(c, 0, 1));
        Assert.Contains(everything, c => c < 0.55);
        Assert.NotEmpty(kept);
        Assert.All(kept, c => Assert.True(c >= 0.55, $"{c} is below 0.55"));
        Assert.Equal(everything.Count(c => c >= 0.55), kept.Count);
        Assert.Equal(400, (await context.APIRequest.GetAsync("api/events?conf=2")).Status);
    }

    [Fact]
    public async Task Events_StatedDatesOnly_LeavesOutInferredAndMissingDates()
    {
        await using var context = await browser.NewContextAsync();
        using var all = JsonDocument.Parse(await (await context.APIRequest.GetAsync("api/events")).BodyAsync());
        using var stated = JsonDocument.Parse(await (await context.APIRequest.GetAsync("api/events?dates=stated")).BodyAsync());

        var kept = stated.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties")).ToList();
        Assert.NotEmpty(kept);
        Assert.True(kept.Count < all.RootElement.GetProperty("features").GetArrayLength());
        Assert.All(kept, p => Assert.Equal("stated", p.GetProperty("dateBasis").GetString()));
        Assert.Equal(400, (await context.APIRequest.GetAsync("api/events?dates=maybe")).Status);
    }

    [Fact]
    public async Task Basemap_Requested_CompressedOnceCacheableAndRevalidatedWithoutABody()
    {
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None }) { BaseAddress = browser.App.BaseUrl };
        using var brotli = new HttpRequestMessage(HttpMethod.Get, "api/basemap");
        brotli.Headers.AcceptEncoding.ParseAdd("gzip, br");
        using var first = await client.SendAsync(brotli);
        using var plain = await client.GetAsync("api/basemap");

        Assert.Equal(System.Net.HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("br", Assert.Single(first.Content.Headers.ContentEncoding));
        var decoded = new MemoryStream();
        await using (var stream = new System.IO.Compression.BrotliStream(await first.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress))
        {
            await stream.CopyToAsync(decoded);
        }

        var outlines = await plain.Content.ReadAsByteArrayAsync();
        Assert.Equal(outlines, decoded.ToArray());
        Assert.True(first.Content.Headers.ContentLength < outlines.Length / 3);
        Assert.Equal("FeatureCollection", JsonDocument.Parse(outlines).RootElement.GetProperty("type").GetString());
        Assert.True(first.Headers.CacheControl?.MaxAge > TimeSpan.Zero);
        var tag = first.Headers.ETag ?? throw new Xunit.Sdk.XunitException("no ETag");
        Assert.Equal(tag, plain.Headers.ETag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "api/basemap");
        again.Headers.IfNoneMatch.Add(tag);
        using var revalidated = await client.SendAsync(again);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task EventTypes_Requested_EveryTypeWithLabelColourAndGlyph()
    {
        await using var context = await browser.NewContextAsync();
        using var json = JsonDocument.Parse(await (await context.APIRequest.GetAsync("api/event-types")).BodyAsync());

        var types = json.RootElement.EnumerateArray().ToList();
        Assert.Contains(types, t => t.GetProperty("name").GetString() == "deploy" && t.GetProperty("label").GetString() == "Deployment");
        Assert.Equal("other", types[^1].GetProperty("name").GetString());
        Assert.All(types, t => Assert.Matches("^#[0-9a-f]{6}$", t.GetProperty("colour").GetString()));
    }

    [Fact]
    public async Task Places_Requested_CountriesArePolygonsAndCitiesArePoints()
    {
        await using var context = await browser.NewContextAsync();
        using var json = JsonDocument.Parse(await (await context.APIRequest.GetAsync("api/places")).BodyAsync());

        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        // Movements are lines from origin to place; the demo's Moscow → Almaty airlift is one.
        Assert.Contains(features, f => f.GetProperty("properties").GetProperty("featureType").GetString() == "movement"
            && f.GetProperty("geometry").GetProperty("type").GetString() == "LineString");
        foreach (var feature in features.Where(f => f.GetProperty("properties").GetProperty("featureType").GetString() == "place"))
        {
            var kind = feature.GetProperty("properties").GetProperty("kind").GetString();
            var geometry = feature.GetProperty("geometry").GetProperty("type").GetString();
            switch (kind)
            {
                case "country":
                    Assert.Contains(geometry, new[] { "Polygon", "MultiPolygon" });
                    break;
                case "city":
                    Assert.Equal("Point", geometry);
                    break;
                case "border":
                    Assert.Contains(geometry, new[] { "LineString", "MultiLineString" });
                    break;
                default:
                    break;
            }
        }
    }

    [Fact]
    public async Task Events_Paged_LinkHeaderLeadsThroughEveryEventOnce()
    {
        await using var context = await browser.NewContextAsync();
        var all = await DashboardPage.EventsAsync(context);
        var seen = new List<string>();
        var url = "api/events?limit=7";
        while (url is not null)
        {
            var response = await context.APIRequest.GetAsync(url);
            Assert.Equal(200, response.Status);
            Assert.Equal(all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers["x-total-count"]);
            using var json = JsonDocument.Parse(await response.BodyAsync());
            var page = json.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("id").GetString()!).ToList();
            Assert.InRange(page.Count, 1, 7);
            seen.AddRange(page);
            url = response.Headers.TryGetValue("link", out var link) ? link[(link.IndexOf("api/", StringComparison.Ordinal))..link.IndexOf('>', StringComparison.Ordinal)] : null;
        }

        Assert.Equal(all.Select(e => e.GetProperty("id").GetString()), seen);
        Assert.Equal(400, (await context.APIRequest.GetAsync("api/events?limit=100000")).Status);
    }

    [Fact]
    public async Task EventsCsv_Requested_AcledLikeHeaderAndOneRowPerEvent()
    {
        await using var context = await browser.NewContextAsync();
        var events = await DashboardPage.EventsAsync(context, "?actor=china");
        var response = await context.APIRequest.GetAsync("api/events.csv?actor=china");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/csv", response.Headers["content-type"], StringComparison.Ordinal);
        var text = await response.TextAsync();
        Assert.StartsWith("event_id,event_date,date_end,time_precision,date_basis,event_type,sub_event_type", text, StringComparison.Ordinal);
        Assert.Equal(events.Count, events.Count(e => text.Contains("\r\n" + e.GetProperty("id").GetString() + ",", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task EventsSequence_Requested_OneGeoJsonTextPerEvent()
    {
        await using var context = await browser.NewContextAsync();
        var events = await DashboardPage.EventsAsync(context);
        var response = await context.APIRequest.GetAsync("api/events.geojsonseq");

        Assert.Equal(200, response.Status);
        var records = (await response.TextAsync()).Split('\u001e', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(events.Count, records.Length);
        Assert.All(records, r => Assert.Equal("Feature", JsonDocument.Parse(r).RootElement.GetProperty("type").GetString()));
    }

    [Theory]
    [InlineData("api/events?from=tomorrow")]
    [InlineData("api/places?type=picnic")]
    [InlineData("api/events.csv?actor=nobody-at-all")]
    public async Task Api_MalformedFilter_ProblemDetailsNaming400(string url)
    {
        await using var context = await browser.NewContextAsync();
        var response = await context.APIRequest.GetAsync(url);

        Assert.Equal(400, response.Status);
        using var json = JsonDocument.Parse(await response.BodyAsync());
        Assert.Equal("Invalid filter", json.RootElement.GetProperty("title").GetString());
        Assert.Single(json.RootElement.GetProperty("errors").EnumerateObject());
    }

    [Fact]
    public async Task OpenApi_Requested_DescribesTheEndpoints()
    {
        await using var context = await browser.NewContextAsync();
        using var json = JsonDocument.Parse(await (await context.APIRequest.GetAsync("openapi/v1.json")).BodyAsync());

        var paths = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/events", paths);
        Assert.Contains("/api/places", paths);
        Assert.Contains("/api/events.csv", paths);
    }
}
