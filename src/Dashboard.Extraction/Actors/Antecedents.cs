namespace Dashboard.Extraction.Actors;

/// <summary>
/// What a definite description can refer back to, as the actor scan meets the document in text order: the organisation
/// last named of each kind, the state whose armed forces were named last, and the country each force or hardware noun
/// was last marked with ("Belarusian military helicopters" … "the helicopters"). Only what was named within
/// <see cref="Reach"/> characters before the description counts: a description refers to the last few paragraphs.
/// </summary>
internal sealed class Antecedents
{
    /// <summary>
    /// How far back, in characters, an antecedent may stand: about five short news paragraphs. Chosen so that "the
    /// group" three paragraphs after "Hamas" is Hamas, while a description near the end of a long article is not tied
    /// to a name from its opening.
    /// </summary>
    public const int Reach = 1500;

    private readonly Dictionary<string, (string Iso2, int End)> _marked = new(StringComparer.OrdinalIgnoreCase);
    private (string Id, int End)? _alliance;
    private (string Id, int End)? _organisation;
    private (string Id, int End)? _armedGroup;
    private (string Iso2, int End)? _state;

    /// <summary>An organisation named (ending at <paramref name="end"/>): an alliance of member states, or another kind.</summary>
    public void Organisation(string id, bool alliance, string? kind, int end)
    {
        if (alliance)
        {
            _alliance = (id, end);
            return;
        }

        _organisation = (id, end);
        if (kind == "armed_group")
        {
            _armedGroup = (id, end);
        }
    }

    /// <summary>A force or hardware noun marked with a country ("Russian troops", "two Belarusian military helicopters").</summary>
    public void Marked(string noun, string iso2, bool military, int end)
    {
        _marked[noun] = (iso2, end);
        if (military)
        {
            _state = (iso2, end);
        }
    }

    /// <summary>A state's rulers named with the state ("Mali's junta", "the Malian military government").</summary>
    public void State(string iso2, int end) => _state = (iso2, end);

    /// <summary>
    /// A new referent of a description's kind introduced ("a group of tourists", "a new alliance"): "the group" after it
    /// refers to that, not to the organisation named before.
    /// </summary>
    public void Introduced(string kind)
    {
        switch (kind)
        {
            case "alliance":
                _alliance = null;
                break;
            case "organisation":
                _organisation = null;
                _armedGroup = null;
                break;
            case "armed_group":
                _armedGroup = null;
                break;
            case "state":
                _state = null;
                break;
        }
    }

    /// <summary>The country "the <paramref name="noun"/>" at <paramref name="at"/> refers to, or null.</summary>
    public string? MarkedCountry(ReadOnlySpan<char> noun, int at) =>
        _marked.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(noun, out var m) && Near(m.End, at) ? m.Iso2 : null;

    /// <summary>The organisation a description of kind alliance, organisation or armed_group refers to, or null.</summary>
    public string? OrganisationFor(string kind, int at)
    {
        var named = kind switch
        {
            "alliance" => _alliance,
            "armed_group" => _armedGroup,
            "organisation" => _organisation,
            _ => null,
        };
        return named is { } n && Near(n.End, at) ? n.Id : null;
    }

    /// <summary>The state "the junta" at <paramref name="at"/> refers to, or null.</summary>
    public string? StateFor(int at) => _state is { } s && Near(s.End, at) ? s.Iso2 : null;

    private static bool Near(int end, int at) => end <= at && at - end <= Reach;
}
