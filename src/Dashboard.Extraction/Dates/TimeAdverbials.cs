namespace Dashboard.Extraction.Dates;

/// <summary>
/// The short time adverbials news puts between a subject and its verb or between a saying and what is said ("Russia on
/// Tuesday said", "China last week imposed", "said on Wednesday it would", "said yesterday they"). One list for the
/// token rules (<see cref="In"/>) and for the regular expressions (<see cref="Pattern"/>), so that both read the same
/// adverbials (grammar, not knowledge: kept in code).
/// </summary>
internal static class TimeAdverbials
{
    /// <summary>Words before a weekday: "on Tuesday", "late Monday", "early Friday".</summary>
    public const string WeekdayLeads = "on|late|early";

    /// <summary>Parts of the day after a weekday: "on Tuesday morning".</summary>
    public const string PartsOfDay = "morning|afternoon|evening|night";

    /// <summary>Words before a period: "last week", "this month".</summary>
    public const string PeriodLeads = "last|this";

    /// <summary>Periods after <see cref="PeriodLeads"/>.</summary>
    public const string Periods = "week|weekend|month|year";

    /// <summary>Days told by a single word: "yesterday", "today", "overnight".</summary>
    public const string DayWords = "yesterday|today|overnight";

    /// <summary>One adverbial followed by white space, as a regular expression (to be matched ignoring case).</summary>
    public const string Pattern =
        @"(?:(?:" + WeekdayLeads + @")\s+" + CalendarWords.WeekdayPattern + @"(?:\s+(?:" + PartsOfDay + @"))?\s+|(?:" + PeriodLeads + @")\s+(?:"
        + Periods + @")\s+|(?:" + DayWords + @")\s+)";

    /// <summary>Whether <paramref name="word"/> is one of the '|'-separated <paramref name="words"/> (one of the lists above).</summary>
    public static bool In(ReadOnlySpan<char> word, string words)
    {
        foreach (var range in words.AsSpan().Split('|'))
        {
            if (word.SequenceEqual(words.AsSpan(range)))
            {
                return true;
            }
        }

        return false;
    }
}
