namespace Dashboard.Extraction.Lexicons;

/// <summary>Reads a lexicon: one entry a line, optional TAB-separated columns (the second is the value), <c>#</c> comment lines.</summary>
internal static class LexiconFile
{
    /// <summary>The first column and, where present, the second.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Entries(string path) =>
        Rows(path).Select(r => new KeyValuePair<string, string?>(r[0], r.Length > 1 ? r[1] : null));

    /// <summary>Every column of every entry, trimmed.</summary>
    public static IEnumerable<string[]> Rows(string path)
    {
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line.Split('\t').Select(c => c.Trim()).ToArray();
        }
    }
}
