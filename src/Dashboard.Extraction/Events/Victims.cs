using Dashboard.Core.Text;

namespace Dashboard.Extraction.Events;

/// <summary>
/// Whether the subject of a casualty word is who the harm befell rather than who caused it (POLICY.md: the people killed
/// or hurt are the targets): the subject of a verb of dying ("two civilians died", "49 soldiers were reported dead") and
/// of a passive ("49 of its soldiers had been killed", "three guards were badly injured"). An active verb keeps its
/// subject as the actor ("police killed two men").
/// </summary>
internal static class Victims
{
    /// <summary>Casualty words whose subject is always who died or went missing.</summary>
    private static readonly HashSet<string> Intransitive = new(StringComparer.OrdinalIgnoreCase)
    {
        "die", "dies", "died", "dying", "dead", "perish", "perished", "lost their lives", "lost his life", "lost her life",
        "reported missing", "went missing", "gone missing", "declared missing", "remain missing", "remained missing", "still missing",
    };

    /// <summary>The auxiliaries of a passive ("were killed", "had been injured", "got hurt").</summary>
    private static readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "been", "be", "being", "is", "are", "got", "get", "gets",
    };

    /// <summary>Whether the casualty word at <paramref name="trigger"/> makes its subject the victim.</summary>
    public static bool Subject(string text, int floor, TextSpan trigger)
    {
        var form = text.AsSpan(trigger.Start, trigger.Length);
        if (Intransitive.GetAlternateLookup<ReadOnlySpan<char>>().Contains(form))
        {
            return true;
        }

        if (!form.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !form.EndsWith("ain", StringComparison.OrdinalIgnoreCase)
            && !form.Equals("hurt", StringComparison.OrdinalIgnoreCase) && !form.StartsWith("shot", StringComparison.OrdinalIgnoreCase)
            && !form.StartsWith("gunned", StringComparison.OrdinalIgnoreCase))
        {
            return false; // a noun ("deaths", "casualties") or an active present ("kills")
        }

        // the auxiliary right before the participle, or before one adverb ("were badly injured", "was fatally shot")
        var at = trigger.Start;
        for (var words = 0; words < 2; words++)
        {
            var (start, end) = PrecedingWord.Of(text, floor, at);
            if (start == end)
            {
                return false;
            }

            var word = text.AsSpan(start, end - start);
            if (PassiveAuxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return true;
            }

            if (!word.EndsWith("ly", StringComparison.Ordinal))
            {
                return false;
            }

            at = start;
        }

        return false;
    }
}
