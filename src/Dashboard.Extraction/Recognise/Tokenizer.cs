namespace Dashboard.Extraction.Recognise;

/// <summary>
/// Splits a passage into words and punctuation. A word is a run of letters and digits that may contain apostrophes
/// and, between single letters, periods ("U.S.", "D.C."); a trailing possessive "'s" is its own token. Hyphens split
/// words ("Russian-backed" → "Russian", "-", "backed"); the recogniser rejoins "Alma-Ata" when the whole is a name.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        var sentenceStart = true;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new Token(i, i + 1, false, false, false));
                if (c is '.' or '!' or '?' or ':' or ';' or '“' or '"')
                {
                    sentenceStart = c is not ';';
                }

                i++;
                continue;
            }

            var j = i + 1;
            while (j < end)
            {
                var d = text[j];
                if (char.IsLetterOrDigit(d))
                {
                    j++;
                }
                else if (d is '\'' or '’' or '.' && j + 1 < end && char.IsLetter(text[j + 1]) && JoinsWord(text, i, j, d, end))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            // "U.S." keeps its final period when the word is dotted initials.
            if (j < end && text[j] == '.' && j - i >= 3 && text[j - 2] == '.')
            {
                j++;
            }

            tokens.Add(new Token(i, j, true, char.IsUpper(c), sentenceStart));
            sentenceStart = false;
            i = j;
        }

        return tokens;
    }

    /// <summary>The first token of a name as this tokenizer cuts it ("Lt." of "Lt. Col", "U.S." of "U.S. Army"); the name itself if it has none.</summary>
    public static string FirstToken(string name)
    {
        var tokens = Tokenize(name, 0, name.Length);
        return tokens.Count == 0 ? name : name[tokens[0].Start..tokens[0].End];
    }

    private static bool JoinsWord(string text, int wordStart, int at, char separator, int end)
    {
        if (separator == '.')
        {
            // Only between single letters: "U.S", "D.C" — never "Nairobi.The".
            return at - wordStart >= 1 && at >= 1 && (at - 1 == wordStart || text[at - 2] == '.') && (at + 2 >= end || !char.IsLetter(text[at + 2]));
        }

        // An apostrophe joins ("d'Ivoire", "O'Hare") except in a possessive 's: "Russia's" → "Russia", "'", "s".
        var next = at + 1 < end ? text[at + 1] : ' ';
        var after = at + 2 < end ? text[at + 2] : ' ';
        return !((next is 's' or 'S') && !char.IsLetterOrDigit(after));
    }
}
