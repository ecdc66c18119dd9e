using System.Text;

namespace Dashboard.Store.Sql;

/// <summary>
/// The passage search both providers run: the words of the query (letters and digits, lower-cased), each matching a
/// word of the passage that starts with it, all of them required. SQLite's FTS5 and PostgreSQL's tsvector index the
/// same way ('simple' words, no stemming), so a query finds the same passages on either store.
/// </summary>
public static class TextQuery
{
    /// <summary>The words of a query; empty when it has none (then there is no text filter).</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return [.. words.Distinct(StringComparer.Ordinal).Take(8)];
    }

    /// <summary>Text with its accents dropped, as the indexes hold it (FTS5's remove_diacritics does the same).</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The FTS5 query: every word as a quoted prefix.</summary>
    public static string Fts5(IReadOnlyList<string> words) => string.Join(' ', words.Select(w => $"\"{w}\"*"));

    /// <summary>The tsquery: every word as a prefix, all required.</summary>
    public static string TsQuery(IReadOnlyList<string> words) => string.Join(" & ", words.Select(w => $"{w}:*"));
}
