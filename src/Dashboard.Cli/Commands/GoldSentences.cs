using Dashboard.Core.Text;

namespace Dashboard.Cli.Commands;

/// <summary>Finding annotated sentences in the text they were copied from, and shortening them for listings.</summary>
internal static class GoldSentences
{
    /// <summary>Where the sentence stands in the text (its first 40 characters suffice: annotators sometimes end it differently).</summary>
    public static TextSpan? Locate(string text, string sentence)
    {
        if (sentence.Length == 0)
        {
            return null;
        }

        var at = text.IndexOf(sentence, StringComparison.Ordinal);
        if (at < 0 && sentence.Length > 40)
        {
            at = text.IndexOf(sentence[..40], StringComparison.Ordinal); // tolerate a different ending
        }

        return at < 0 ? null : TextSpan.FromLength(at, Math.Min(sentence.Length, text.Length - at));
    }

    public static string Shorten(string? s, int length) => s is null ? string.Empty : s.Length <= length ? s : s[..length] + "…";
}
