namespace Dashboard.Web.State;

/// <summary>A view state read from a link, and the parameters that were ignored.</summary>
public sealed record ViewStateRead(ViewState State, IReadOnlyList<ViewNotice> Notices);
