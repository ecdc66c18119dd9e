using Dashboard.Store.Query;

namespace Dashboard.Web.State;

/// <summary>
/// What the prerendered page read from the store, handed to the interactive circuit (<see cref="PrerenderHandover"/>)
/// so that the circuit draws the same view at once instead of asking the store again. It is used only for the same link
/// and the same data version it was read for.
/// </summary>
public sealed record PrerenderedView(
    string Link,
    long DataVersion,
    Facets Facets,
    BoundingBox? Extent,
    IReadOnlyList<ActorRef> Actors,
    IReadOnlyList<string> LinkedDocumentIds,
    IReadOnlyList<DocumentSummary> Named,
    IReadOnlyList<DocumentSummary> Latest,
    int DocumentCount,
    IReadOnlyList<string> Problems);
