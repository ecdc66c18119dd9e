namespace Dashboard.Extraction.Prepare;

/// <summary>
/// How deeply a page's elements nest, found by a linear scan of its tags before any parser sees it. HTML parsers do
/// work per open element for each new one, so a page of tens of thousands of nested elements takes a parser tens of
/// seconds (50,000 nested divs: 35 s in AngleSharp); real articles nest a few dozen levels.
/// </summary>
public static class HtmlNesting
{
    /// <summary>Deeper than this, a page is refused before it is parsed.</summary>
    public const int MaxDepth = 512;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
    };

    /// <summary>Whether open tags nest deeper than <paramref name="limit"/> (unclosed void elements and self-closed tags do not count).</summary>
    public static bool Exceeds(string html, int limit = MaxDepth)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = 0;
        var at = 0;
        while ((at = html.IndexOf('<', at)) >= 0 && at + 1 < html.Length)
        {
            var closing = html[at + 1] == '/';
            var nameStart = closing ? at + 2 : at + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            var end = html.IndexOf('>', nameEnd);
            if (end < 0)
            {
                break;
            }

            if (nameEnd > nameStart && char.IsAsciiLetter(html[nameStart]))
            {
                var name = html.AsSpan(nameStart, nameEnd - nameStart);
                if (closing)
                {
                    depth = Math.Max(0, depth - 1);
                }
                else if (html[end - 1] != '/' && !Void.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
                {
                    if (++depth > limit)
                    {
                        return true;
                    }
                }

                if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
                {
                    // Raw text: skip to its end tag, so that "<" in code does not count.
                    var close = html.IndexOf("</" + name.ToString(), end, StringComparison.OrdinalIgnoreCase);
                    at = close < 0 ? html.Length : close;
                    continue;
                }
            }

            at = end + 1;
        }

        return false;
    }
}
