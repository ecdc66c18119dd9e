namespace Dashboard.Extraction.Events;

/// <summary>
/// The units an event type counts, most usual first: a deployment counts troops (then aircraft, vehicles, ships), an
/// arrest people. Events keep only quantities whose unit fits their type; the quantity stage uses the first unit for
/// an amount whose noun is left out ("the number deployed was put at 1,200" → troops).
/// </summary>
public static class EventUnits
{
    private static readonly Dictionary<string, string[]> ByType = new(StringComparer.Ordinal)
    {
        ["deploy"] = ["troops", "aircraft", "vehicles", "ships"],
        ["build_up"] = ["troops", "aircraft", "vehicles", "ships", "weapons"],
        ["withdraw"] = ["troops", "vehicles", "ships"],
        ["transport"] = ["aircraft", "troops", "vehicles", "ships", "people"],
        ["casualties"] = ["people", "troops"],
        ["arrest"] = ["people"],
        ["protest"] = ["people"],
        ["evacuate"] = ["people"],
        ["offer_support"] = ["troops", "money", "aircraft", "weapons"],
        ["criticise"] = ["people", "money"],
        ["other"] = ["people", "money"],
        ["meeting"] = ["money"],
    };

    /// <summary>
    /// The types that move or pledge forces or people: they share what they count ("has moved thousands of troops close
    /// to its border" is a build-up of those troops; "pledged 5,000 troops" may be the deployment's size; "planes had
    /// flown 380 people to Djibouti" is the evacuation's count).
    /// </summary>
    private static readonly HashSet<string> Movements = new(StringComparer.Ordinal) { "deploy", "build_up", "withdraw", "transport", "offer_support", "evacuate" };

    /// <summary>Whether an amount counted by a happening of type <paramref name="other"/> may be <paramref name="type"/>'s too.</summary>
    public static bool ShareCounts(string type, string other) => type == other || Movements.Contains(type) && Movements.Contains(other);

    /// <summary>The units <paramref name="type"/> counts; empty for types that count nothing (statements, meetings).</summary>
    public static IReadOnlyList<string> Of(string type) => ByType.TryGetValue(type, out var units) ? units : [];

    /// <summary>
    /// Each single-word trigger form of a counting type with that type's first unit ("sent" → troops, "killed" →
    /// people): what "the number sent", "the number killed" count. Transport is left out (its first unit, aircraft,
    /// is what carries, not what is counted).
    /// </summary>
    public static IReadOnlyDictionary<string, string> CountedForms(IEnumerable<KeyValuePair<string, string>> formsByType)
    {
        ArgumentNullException.ThrowIfNull(formsByType);
        var forms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (form, type) in formsByType)
        {
            if (!form.Contains(' ', StringComparison.Ordinal) && type is not "transport" && ByType.TryGetValue(type, out var units))
            {
                forms.TryAdd(form, units[0]);
            }
        }

        return forms;
    }
}
