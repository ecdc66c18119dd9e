using System.Text;
using Dashboard.Geo.Gazetteer;

namespace Dashboard.Extraction.Actors;

/// <summary>Stable, readable ids for actors: "jean-dupont", "collective-security-treaty-organization".</summary>
public static class ActorSlug
{
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = NameKey.Of(name);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}
