namespace Dashboard.Geo.Gazetteer;

/// <summary>
/// Spelling variants of a place name romanised from Cyrillic (and similar scripts) by different systems: the endings
/// -oye / -oe / -e ("Novoozernoye", "Novoozerne"), -aya / -aia, -iy / -y; -itsa / -ytsa; kh / h; ya / ia / ja, yu / iu / ju,
/// ye / ie / je; and from Persian and Arabic the endings -ieh / -iyeh, -iah / -iyah ("Oshnavieh", "Oshnaviyeh"). GeoNames
/// lists many alternates, but not every combination the press writes; a name that is not in the index is looked up again
/// under these variants (see <see cref="GeoGazetteer.Refs"/>). Rules from the BGN/PCGN, ISO 9 / GOST and Ukrainian
/// national romanisation tables (the letters е, ё, я, ю, х, ы, ий and the adjective endings) and the BGN/PCGN Persian and
/// Arabic tables (ی and ي before a final -eh or -ah written y or left out).
/// </summary>
public static class Transliteration
{
    /// <summary>At most this many variants are tried for one name.</summary>
    public const int MaxVariants = 24;

    private static readonly (string From, string[] To)[] Endings =
    [
        ("oye", ["oe", "e", "oie"]),
        ("oe", ["oye", "e"]),
        ("aya", ["aia", "a", "aja"]),
        ("aia", ["aya"]),
        ("iy", ["y", "i", "yi"]),
        ("yy", ["y", "yi"]),
        ("ne", ["noye", "noe"]),
        ("ieh", ["iyeh"]),
        ("iyeh", ["ieh"]),
        ("iah", ["iyah"]),
        ("iyah", ["iah"]),
    ];

    private static readonly (string From, string[] To)[] Infixes =
    [
        ("ytsa", ["itsa"]),
        ("itsa", ["ytsa"]),
        ("kh", ["h"]),
        ("ya", ["ia", "ja"]),
        ("ia", ["ya"]),
        ("ja", ["ya"]),
        ("yu", ["iu", "ju"]),
        ("iu", ["yu"]),
        ("ju", ["yu"]),
        ("ye", ["ie", "je", "e"]),
        ("yo", ["io", "e"]),
    ];

    private static readonly System.Buffers.SearchValues<string> InfixValues =
        System.Buffers.SearchValues.Create(Infixes.Select(i => i.From).ToArray(), StringComparison.Ordinal);

    /// <summary>
    /// Whether <see cref="Variants"/> can give <paramref name="key"/> any variant: a key of five letters or more, with no
    /// space, that ends with one of the endings or holds one of the infixes. Most unknown words have neither, and are
    /// answered without building variants or asking the cache of earlier answers.
    /// </summary>
    public static bool MayHaveVariants(ReadOnlySpan<char> key)
    {
        if (key.Length < 5 || key.Contains(' '))
        {
            return false;
        }

        foreach (var (from, _) in Endings)
        {
            if (key.EndsWith(from, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return key.ContainsAny(InfixValues);
    }

    /// <summary>
    /// The variants of a lower-case single-word name key (as <see cref="NameKey.Of"/> makes it): each ending rule, each
    /// infix rule (every occurrence at once), and each ending rule with each infix rule; the name itself excluded.
    /// </summary>
    public static IReadOnlyList<string> Variants(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var variants = new List<string>();
        if (key.Length < 5 || key.Contains(' ', StringComparison.Ordinal))
        {
            return variants;
        }

        var endings = new List<string> { key };
        foreach (var (from, to) in Endings)
        {
            if (key.EndsWith(from, StringComparison.Ordinal))
            {
                foreach (var t in to)
                {
                    endings.Add(key[..^from.Length] + t);
                }
            }
        }

        foreach (var stem in endings)
        {
            Add(stem);
            foreach (var (from, to) in Infixes)
            {
                if (stem.Contains(from, StringComparison.Ordinal))
                {
                    foreach (var t in to)
                    {
                        Add(stem.Replace(from, t, StringComparison.Ordinal));
                    }
                }
            }
        }

        return variants;

        void Add(string variant)
        {
            if (variant != key && variants.Count < MaxVariants && !variants.Contains(variant))
            {
                variants.Add(variant);
            }
        }
    }
}
