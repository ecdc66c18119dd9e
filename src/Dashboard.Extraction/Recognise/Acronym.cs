namespace Dashboard.Extraction.Recognise;

/// <summary>Short all-capital names ("EU", "UN", "U.S."): they never stand for a town of the same letters.</summary>
internal static class Acronym
{
    public static bool Is(string surface)
    {
        var letters = 0;
        foreach (var c in surface)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters is >= 2 and <= 4;
    }
}
