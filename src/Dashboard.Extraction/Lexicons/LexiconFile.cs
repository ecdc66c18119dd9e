namespace Dashboard.Extraction.Lexicons;

/// <summary>Reads a lexicon: one entry a line, optional TAB-separated columns (the second is the value), <c>#</c> comment lines.</summary>
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

            var columns = line.Split('\t');
            yield return new KeyValuePair<string, string?>(columns[0].Trim(), columns.Length > 1 ? columns[1].Trim() : null);
        }
    }
}
