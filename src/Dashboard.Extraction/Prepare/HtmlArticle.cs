using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dashboard.Extraction.Prepare;

/// <summary>
/// Turns an HTML page into the article's plain text with AngleSharp: one block (heading, paragraph, list item,
/// caption, quotation) per paragraph, separated by blank lines; navigation, scripts, forms, headers, footers and asides
/// are left out. The result is the document text every offset refers to; <see cref="DocumentPreparer"/> then marks
/// title, captions and boilerplate as for any text.
/// </summary>
public static class HtmlArticle
{
    private static readonly string[] Dropped =
        ["script", "style", "noscript", "nav", "footer", "header", "aside", "form", "button", "svg", "iframe", "template", "select"];

    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span",
        "strong", "sub", "sup", "time", "u", "var", "wbr", "font", "img",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "blockquote", "pre", "dt", "dd", "td", "th", "caption",
    };

    /// <summary>The plain text of the page, its headline first when the page has one outside the article body.</summary>
    public static string ToText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll(string.Join(',', Dropped)).ToList())
        {
            element.Remove();
        }

        var root = (IElement?)document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        var paragraphs = new List<string>();
        var headline = document.QuerySelector("h1");
        var title = headline?.TextContent ?? document.Title;
        if (!string.IsNullOrWhiteSpace(title) && (root is null || headline is null || !root.Contains(headline)))
        {
            paragraphs.Add(Clean(title)); // a headline outside the article body, or the page title
        }

        if (root is not null)
        {
            Collect(root, paragraphs);
        }

        return string.Join("\n\n", paragraphs.Where(p => p.Length > 0)) + "\n";
    }

    private static void Collect(IElement element, List<string> paragraphs)
    {
        if (Blocks.Contains(element.LocalName) && !element.Children.Any(c => Blocks.Contains(c.LocalName)))
        {
            paragraphs.Add(Clean(element.TextContent));
            return;
        }

        var loose = new StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement child && !Inline.Contains(child.LocalName) && child.LocalName != "br")
            {
                Flush(loose, paragraphs);
                Collect(child, paragraphs);
            }
            else if (node is IElement { LocalName: "br" })
            {
                Flush(loose, paragraphs);
            }
            else
            {
                loose.Append(node.TextContent);
            }
        }

        Flush(loose, paragraphs);
    }

    private static void Flush(StringBuilder loose, List<string> paragraphs)
    {
        var text = Clean(loose.ToString());
        if (text.Length > 0)
        {
            paragraphs.Add(text);
        }

        loose.Clear();
    }

    /// <summary>Collapses white space (HTML's own rule) so that each block is one line.</summary>
    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
