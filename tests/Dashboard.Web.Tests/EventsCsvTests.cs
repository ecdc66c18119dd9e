using Dashboard.Core.Events;
using Dashboard.Core.Text;
using Dashboard.Core.Time;
using Dashboard.Store.Query;
using Dashboard.Web.Api;

namespace Dashboard.Web.Tests;

public sealed class EventsCsvTests
{
    private static readonly Dictionary<string, (string, string)> Acled = new() { ["deploy"] = ("Strategic developments", "Change to group/activity") };

    [Fact]
    public void Write_Event_AcledColumnsQuotedAndFormulaSafe()
    {
        var actor = new ActorRef("country:RR", "ruritania", "Ruritania", ActorKind.Country, "RR");
        var e = new EventRecord("a.e1", "a", "deploy", EventStatus.Happened, [actor], [], null, null,
            DateInterval.Day(new DateOnly(2022, 1, 9)), [new Quantity(new TextSpan(0, 10), "about 2,500", 2500, null, null, "troops", "troops", true)],
            [new EvidenceRecord("a", "p1", new TextSpan(0, 10), "=HYPERLINK(\"x\"), said \"they\"")]);

        var csv = EventsCsv.Write([e], new Dictionary<string, DocumentSummary>(), Acled);

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', EventsCsv.Columns), lines[0]);
        Assert.StartsWith("a.e1,2022-01-09,2022-01-09,1,stated,Strategic developments,Change to group/activity,happened,Ruritania,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",2500,,,troops,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("\"'=HYPERLINK(\"\"x\"\"), said \"\"they\"\"\",", lines[1], StringComparison.Ordinal); // unscored: no confidence
    }

    [Fact]
    public void Write_ScoredEvent_HasItsConfidenceLast()
    {
        var e = TestEvents.AtLyon("a.e1", PlaceBasis.Stated) with { Confidence = 0.625 };

        var cells = EventsCsv.Write([e], new Dictionary<string, DocumentSummary>(), Acled).Split("\r\n")[1].Split(',');

        Assert.Equal("confidence", EventsCsv.Columns[^1]);
        Assert.Equal("0.625", cells[^1]);
    }

    [Fact]
    public void Write_InferredPlace_HasContextInPlaceBasis()
    {
        var e = TestEvents.AtLyon("a.e1", PlaceBasis.Context);

        var cells = EventsCsv.Write([e], new Dictionary<string, DocumentSummary>(), Acled).Split("\r\n")[1].Split(',');

        Assert.Equal("context", cells[Array.IndexOf(EventsCsv.Columns.ToArray(), "place_basis")]);
    }

    [Fact]
    public void Write_NoEvents_HeaderOnly() =>
        Assert.Equal(string.Join(',', EventsCsv.Columns) + "\r\n", EventsCsv.Write([], new Dictionary<string, DocumentSummary>(), Acled));
}
