using Bunit;
using Dashboard.Core.Events;
using Dashboard.Extraction.Lexicons;
using Dashboard.Geo.Data;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Dashboard.Web.Tests;

/// <summary>The event types as the app loads them, from the committed event-types.tsv.</summary>
internal static class TestEventTypes
{
    private static readonly Lazy<EventTypeCatalog> Loaded = new(() => LexiconSet.Load(DataRoot.Locate(null).Value).Value.Actors.Types);

    public static EventTypeCatalog Catalog => Loaded.Value;

    /// <summary>A bUnit context with MudBlazor's services and the event types, its JS interop loose (MudBlazor's own calls).</summary>
    public static BunitContext Context()
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton(Catalog);
        return ctx;
    }
}
