namespace Dashboard.Extraction.Lexicons;

/// <summary>Reads a lexicon: one entry a line, an optional TAB-separated value, <c>#</c> comment lines.</summary>
internal static class LexiconFile
{
    public static IEnumerable<KeyValuePair<string, string?>> Entries(string path)
    {
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            yield return tab < 0
                ? new KeyValuePair<string, string?>(line, null)
                : new KeyValuePair<string, string?>(line[..tab].Trim(), line[(tab + 1)..].Trim());
        }
    }
}
