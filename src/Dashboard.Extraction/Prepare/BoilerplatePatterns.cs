using System.Text.RegularExpressions;

namespace Dashboard.Extraction.Prepare;

/// <summary>General patterns of syndicated news pages that are not the article itself.</summary>
internal static partial class BoilerplatePatterns
{
    public static bool IsBoilerplate(string line) => Boilerplate().IsMatch(line);

    public static bool IsCaption(string line) => Caption().IsMatch(line);

    [GeneratedRegex(
        @"^(read related topics|related( articles| stories| topics)?:?|original url:|share (this|on)|sign up\b|subscribe\b|" +
        @"(to )?(join|start) the (conversation|discussion)|comments?( \(\d+\))?$|(add|leave|post|write) (a |your )?comments?\b|" +
        @"you are commenting as|log ?in to comment|advertisement$|click here|follow us|" +
        @"(this|the) (story|article) (was|is) (originally )?(published|syndicated)|copyright ©|© \d{4}|all rights reserved)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(
        @"(\b(picture|photo|photograph|image|pictured|credit|source)s?:\s*\S+[^.]*$|\((photo|picture|image):[^)]*\)\s*$|\b(AFP|Reuters|AP|Getty Images|EPA|Bloomberg)\s*$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Caption();
}
