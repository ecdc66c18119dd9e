using System.Text.RegularExpressions;

namespace Dashboard.Core.Events;

/// <summary>
/// One kind of event, as <c>wwwroot-data/lexicons/event-types.tsv</c> defines it: its name (<c>deploy</c>), the label
/// people read, the colour and glyph the map, legend and tables draw it with (so type never rests on colour alone), the
/// nearest ACLED event and sub-event type, and what it covers.
/// </summary>
public sealed partial record EventType
{
    public EventType(string name, string label, string colour, string glyph, string acledType, string acledSubType, string description)
    {
        if (string.IsNullOrEmpty(name) || !NamePattern().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not an event type name (lower-case letters and '_').", nameof(name));
        }

        if (!ColourPattern().IsMatch(colour ?? string.Empty))
        {
            throw new ArgumentException($"'{colour}' is not a colour as #rrggbb.", nameof(colour));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentException.ThrowIfNullOrWhiteSpace(glyph);
        Name = name;
        Label = label;
        ColourHex = colour!;
        Glyph = glyph;
        AcledType = acledType ?? string.Empty;
        AcledSubType = acledSubType ?? string.Empty;
        Description = description ?? string.Empty;
    }

    public string Name { get; }

    public string Label { get; }

    /// <summary>The colour, as <c>#rrggbb</c>.</summary>
    public string ColourHex { get; }

    public string Glyph { get; }

    public string AcledType { get; }

    public string AcledSubType { get; }

    public string Description { get; }

    [GeneratedRegex("^[a-z][a-z_]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColourPattern();
}
