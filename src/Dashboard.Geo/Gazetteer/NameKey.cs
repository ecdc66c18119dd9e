using System.Globalization;
using System.Text;

namespace Dashboard.Geo.Gazetteer;

/// <summary>
/// The key under which names are indexed: case-folded, diacritics removed, apostrophes and hyphens treated as
/// spaces, runs of white space collapsed. "Alma-Ata" and "alma ata" share a key; so do "Kyiv" and "KYIV".
/// </summary>
public static class NameKey
{
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (IsPlainAscii(name))
        {
            return Fold(name);
        }

        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return Fold(builder.ToString());
    }

    private static bool IsPlainAscii(string s)
    {
        foreach (var c in s)
        {
            if (c > 127)
            {
                return false;
            }
        }

        return true;
    }

    private static string Fold(string s)
    {
        var builder = new StringBuilder(s.Length);
        var pendingSpace = false;
        foreach (var raw in s)
        {
            var c = raw switch
            {
                '\u2019' or '\u2018' or '\'' or '-' or '\u2010' or '\u2011' or '\u2013' => ' ',
                'ß' => 's',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
