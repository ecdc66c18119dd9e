using Dashboard.Core.Documents;
using Dashboard.Core.Text;

namespace Dashboard.Extraction.Prepare;

/// <summary>
/// Stage 1: plain text → passages. Each non-blank line is a passage whose span excludes surrounding white space;
/// general patterns mark syndication boilerplate, photo captions (and their repeats), the title and the byline.
/// </summary>
public static class DocumentPreparer
{
    private const int MaxRepeatedLine = 300;
    private const int MaxStandfirst = 300;

    public static PreparedDocument Prepare(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = SplitLines(text);
        var passages = new List<Passage>(lines.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? title = null;
        var afterTitle = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var span = lines[i];
            var line = text[span.Start..span.End];
            var kind = Classify(line, i, lines.Count, title is null, seen);
            if (kind == PassageKind.Title)
            {
                title = line;
            }
            else if (afterTitle && kind == PassageKind.Body && line.Length <= MaxStandfirst)
            {
                kind = PassageKind.Standfirst; // the short summary paragraph right under the headline
            }

            afterTitle = kind == PassageKind.Title;

            passages.Add(new Passage($"p{i + 1}", kind, span));
            seen.Add(line);
        }

        return new PreparedDocument(text, title, passages);
    }

    private static PassageKind Classify(string line, int index, int count, bool noTitleYet, HashSet<string> seen)
    {
        // A repeated short line is a repeated photo caption or banner; a repeated long paragraph is still text.
        if ((line.Length <= MaxRepeatedLine && seen.Contains(line)) || BoilerplatePatterns.IsBoilerplate(line))
        {
            return PassageKind.Boilerplate;
        }

        if (line.Length <= MaxRepeatedLine && BoilerplatePatterns.IsCaption(line))
        {
            return PassageKind.Caption;
        }

        if (noTitleYet && index <= 2 && LooksLikeHeadline(line))
        {
            // A short first line followed by the real headline is a site banner ("NewsBite").
            return index == 0 && WordCount(line) <= 2 && count > 1 ? PassageKind.Boilerplate : PassageKind.Title;
        }

        if (index == count - 1 && LooksLikeHeadline(line) && WordCount(line) <= 8)
        {
            return PassageKind.Byline;
        }

        return PassageKind.Body;
    }

    private static bool LooksLikeHeadline(string line) =>
        line.Length <= 200 && !line.EndsWith('.') && !line.EndsWith('”') && !line.EndsWith('"');

    private static int WordCount(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static List<TextSpan> SplitLines(string text)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\u2029')
            {
                continue;
            }

            var s = start;
            var e = i;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                spans.Add(new TextSpan(s, e));
            }

            start = i + 1;
        }

        return spans;
    }
}
