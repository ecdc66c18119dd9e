namespace Dashboard.Web.State;

/// <summary>A link parameter that was ignored, and why; shown to the user, never thrown.</summary>
public sealed record ViewNotice(string Parameter, string? Value, string Reason, bool IsUnknownName)
{
    public static ViewNotice Unknown(string name) => new(name, null, "unknown parameter", true);

    public static ViewNotice Invalid(string name, string value, string reason) => new(name, value, reason, false);

    public string Message => Value is null
        ? $"Ignored '{Parameter}': {Reason}."
        : $"Ignored {Parameter}={Value}: {Reason}.";
}
