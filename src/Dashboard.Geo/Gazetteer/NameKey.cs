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
        return IsPlainAscii(name) ? Fold(name, ascii: true) : Fold(StripMarks(name), ascii: false);
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

    private static string StripMarks(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Keys of names up to this long are folded on the stack by <see cref="TryFoldAscii"/>.</summary>
    public const int MaxStackKeyLength = 128;

    /// <summary>
    /// The key of a plain-ASCII name, written into <paramref name="buffer"/> (at least as long as the name) without a
    /// string: false, and nothing written, when the name has other characters (then <see cref="Of"/> is the way).
    /// </summary>
    public static bool TryFoldAscii(ReadOnlySpan<char> name, Span<char> buffer, out int length)
    {
        if (!System.Text.Ascii.IsValid(name) || buffer.Length < name.Length)
        {
            length = 0;
            return false;
        }

        length = FoldAsciiInto(name, buffer);
        return true;
    }

    private static string Fold(string s, bool ascii)
    {
        // Gazetteer loading folds hundreds of thousands of names: work in a pooled buffer, and return the input
        // itself when folding changes nothing.
        var buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        var folded = buffer[..(ascii ? FoldAsciiInto(s, buffer) : FoldInto(s, buffer))];
        return folded.SequenceEqual(s) ? s : new string(folded);
    }

    private static int FoldInto(ReadOnlySpan<char> s, Span<char> buffer)
    {
        var length = 0;
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
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = c;
        }

        return length;
    }

    /// <summary>
    /// <see cref="FoldInto"/> for plain ASCII, where lower-casing is A–Z only and white space is tab to carriage return
    /// and the space: the recogniser folds every span it probes, so this path avoids the general case mapping.
    /// </summary>
    private static int FoldAsciiInto(ReadOnlySpan<char> s, Span<char> buffer)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var raw in s)
        {
            if (raw is '\'' or '-' or ' ' or (>= '\t' and <= '\r'))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = raw is >= 'A' and <= 'Z' ? (char)(raw | 0x20) : raw;
        }

        return length;
    }
}
